import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { definePermissions } from '../auth/access';
import { isHubError } from '../errors/errors';
import { StateMachine } from './state-machine';

type Light = 'GREEN' | 'AMBER' | 'RED' | 'OFF';
const P = definePermissions('lights', {
  operate: { action: { en: 'operate lights', zh: '操作信号灯' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  repair: { action: { en: 'switch lights off', zh: '关闭信号灯' }, reach: { DISTRICT_ADMIN: 'subtree' } },
});
const LIGHTS = new StateMachine<Light>('Light', {
  GREEN: { AMBER: P.operate, OFF: P.repair },
  AMBER: { RED: P.operate, OFF: P.repair },
  RED: { GREEN: P.operate, OFF: P.repair },
  OFF: {},
});

test('the table says which moves exist and who makes each', () => {
  assert.deepEqual(LIGHTS.nextStates('GREEN'), ['AMBER', 'OFF']);
  assert.deepEqual(LIGHTS.nextStates('OFF'), []);
  assert.equal(LIGHTS.canTransition('GREEN', 'AMBER'), true);
  assert.equal(LIGHTS.canTransition('GREEN', 'RED'), false);
  assert.equal(LIGHTS.permissionFor('GREEN', 'OFF'), P.repair);
  assert.equal(LIGHTS.permissionFor('RED', 'GREEN'), P.operate);
});

test('a move the table does not allow is refused as CONFLICT / ILLEGAL_TRANSITION with from and to', () => {
  LIGHTS.assertTransition('l-1', 'AMBER', 'RED');
  assert.throws(
    () => LIGHTS.assertTransition('l-1', 'OFF', 'GREEN'),
    (error: unknown) => {
      assert.ok(isHubError(error));
      assert.deepEqual(error.toExtensions(), { entity: 'Light', id: 'l-1', from: 'OFF', to: 'GREEN', code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
      return true;
    },
  );
});

test('for an illegal move, the permission asked is that of a legal move into the same state', () => {
  // Nobody turns a light from GREEN straight to RED; whoever may turn lights red may learn that it is green.
  assert.equal(LIGHTS.permissionFor('GREEN', 'RED'), P.operate);
  assert.equal(LIGHTS.permissionFor('OFF', 'GREEN'), P.operate);
});
