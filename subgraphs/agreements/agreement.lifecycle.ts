import { StateMachine } from '../../platform/state/state-machine';
import { AgreementStatus as S } from './agreement.entity';
import { AGREEMENT_PERMISSIONS as P } from './agreements.permissions';

/**
 * An agreement's life: the committee side signs a draft, suspends and resumes it; either side
 * ends it early, even once expired (to record why it ended). EXPIRED is never entered by a move:
 * an active or suspended agreement reads as EXPIRED once its term is over (see `effectiveStatus`).
 */
export const AGREEMENT_LIFECYCLE = new StateMachine<S>('Agreement', {
  [S.DRAFT]: { [S.ACTIVE]: P.decide, [S.TERMINATED]: P.change },
  [S.ACTIVE]: { [S.SUSPENDED]: P.decide, [S.TERMINATED]: P.change },
  [S.SUSPENDED]: { [S.ACTIVE]: P.decide, [S.TERMINATED]: P.change },
  [S.EXPIRED]: { [S.TERMINATED]: P.change },
  [S.TERMINATED]: {},
});
