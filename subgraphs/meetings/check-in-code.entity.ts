import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The one-time check-in code of a meeting (签到码), shown at the meeting: only its hash is kept, it
 * expires, and opening check-in again replaces it. Each invited unit checks in with it once.
 */
@Entity({ tableName: 'check_in_code' })
export class CheckInCode {
  [OptionalProps]?: 'openedAt';

  @PrimaryKey({ type: 'uuid' })
  meetingId!: string;

  /** SHA-256 of the meeting id and the code. */
  @Property({ length: 64 })
  codeHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ length: 200 })
  openedBy!: string;

  @Property({ type: 'timestamptz' })
  openedAt: Date = new Date();
}
