import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { BadUserInputError } from '../errors/errors';
import { isStorableText } from './text';

/**
 * Refuses a request, before any resolver runs, when a string anywhere in its variables or in the
 * operation's own literals holds a NUL character or a lone UTF-16 surrogate: PostgreSQL cannot
 * store either (NUL fails text and JSON columns, a lone surrogate is silently replaced), so they
 * would end as a server error or garbled data. Services check the finer rules of each field
 * (control and direction characters, lengths) with `requiredText`.
 */
export function inputTextGuard<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = unstorableVariable(request.variables ?? {}) ?? unstorableLiteral(document);
          if (field === undefined) return;
          const error = new BadUserInputError('INVALID_CHARACTERS', { field });
          // Refused before execution: a client error, not Apollo's default 500 for a failed request.
          Object.assign(error.extensions, { http: { status: 400 } });
          throw error;
        },
      };
    },
  };
}

/** The path of the first variable value (or object key) that is not storable text, e.g. `input.projects[1].title`. */
export function unstorableVariable(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path || '(variables)';
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableVariable(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (!isStorableText(key)) return here;
      const found = unstorableVariable(item, here);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The argument (and input field) of the first string literal in the document that is not storable text. */
function unstorableLiteral(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found !== undefined || isStorableText(node.value)) return;
      // `ancestors` stops short of the parent, which is the argument or input field itself.
      const names = [...ancestors, parent]
        .filter((a): a is ASTNode => !!a && !Array.isArray(a) && ((a as ASTNode).kind === Kind.ARGUMENT || (a as ASTNode).kind === Kind.OBJECT_FIELD))
        .map((a) => (a as { name: { value: string } }).name.value);
      found = names.join('.') || '(literal)';
    },
  });
  return found;
}
