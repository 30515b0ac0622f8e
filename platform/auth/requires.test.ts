import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { buildSchema, Mutation, Query, Resolver } from 'type-graphql';
import { definePermissions } from './access';
import { assertMutationsRequirePermissions, Requires } from './requires';

const P = definePermissions('test', { write: { action: { en: 'write', zh: '写' }, reach: { PLATFORM_ADMIN: 'any' } } });

@Resolver()
class Guarded {
  @Query(() => Boolean)
  read() {
    return true;
  }

  @Mutation(() => Boolean)
  @Requires(P.write)
  write() {
    return true;
  }
}

@Resolver()
class Forgetful {
  @Mutation(() => Boolean)
  forgotten() {
    return true;
  }
}

test('a schema whose every mutation names its permission passes; one that forgets does not start', async () => {
  assertMutationsRequirePermissions(await buildSchema({ resolvers: [Guarded], validate: false }));
  const unguarded = await buildSchema({ resolvers: [Guarded, Forgetful], validate: false });
  assert.throws(() => assertMutationsRequirePermissions(unguarded), /forgotten/);
});
