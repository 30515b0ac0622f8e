import type { EntityManager } from '@mikro-orm/sql';

export async function loadDemoMeetings(_em: EntityManager): Promise<void> {}
