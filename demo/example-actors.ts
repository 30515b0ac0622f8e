import { Role, type Actor } from '../platform/auth/identity';
import { demoId } from './demo-ids';

interface ExampleActor extends Actor {
  description: string;
}

/** One example caller per role in the demo district, so a newcomer can try every role at once. */
export const EXAMPLE_ACTORS: Record<Role, ExampleActor> = {
  PLATFORM_ADMIN: { role: Role.PLATFORM_ADMIN, subject: 'demo-platform-admin', description: '平台管理员' },
  DISTRICT_ADMIN: { role: Role.DISTRICT_ADMIN, subject: 'demo-district-admin', organisationId: demoId('QH'), description: '清河区 区级管理员' },
  COMMUNITY_STAFF: {
    role: Role.COMMUNITY_STAFF,
    subject: 'demo-community-staff',
    organisationId: demoId('QH-JD01-SQ01'),
    description: '翠湖社区 社区工作人员',
  },
  PARTNER_UNIT: { role: Role.PARTNER_UNIT, subject: 'demo-partner-unit', organisationId: demoId('QH-DW001'), description: '驻区单位 QH-DW001' },
  PARTY_MEMBER: {
    role: Role.PARTY_MEMBER,
    subject: 'demo-party-member',
    organisationId: demoId('QH-JD01-SQ01'),
    memberId: demoId('member:QH-JD01-SQ01:1'),
    description: '翠湖社区 在职党员',
  },
  ANALYST: { role: Role.ANALYST, subject: 'demo-analyst', organisationId: demoId('QH'), description: '清河区 分析人员' },
};
