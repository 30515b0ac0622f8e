import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { fetchBatchedPages, findByIdsReadOnly, qualifiedTable, type KeyPage } from '../../platform/pagination/batched-page';
import { byIdLoader, LoaderFamily } from '../../platform/loading/loaders';
import { lockForChange } from '../../platform/orm/change-with-lock';
import { pageRequest, toConnection, type Connection, type PageArgs, type PageRequest } from '../../platform/pagination/connection';
import { defineListOrder } from '../../platform/pagination/list-order';
import { assertVersion, isUuid, optionalText } from '../../platform/validation/validation';
import type { Target, TreeLookup } from '../../platform/auth/access';
import { belowScopeSql, withinScopeSql } from '../../platform/auth/scope-path';
import { auditedStatement } from '../../platform/audit/audit-statement';
import { Organisation } from './organisation.entity';
import { ORGANISATION_PERMISSIONS as P } from './organisations.permissions';
import type { CreateOrganisationInput, MoveOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs';
import { ALLOWED_PARENT_KINDS } from './organisation.rules';
import { OrganisationKind, UNIT_HOST_KINDS } from './public/organisation-kind';
import { childPath, idsOnPath, isInSubtree } from './public/organisation-path';
import { checkCode, checkName, checkSector } from './organisation.validation';

type Condition = { sql: string; params?: unknown[] };
const ORDER = defineListOrder('Organisation:code', { code: 'text', id: 'uuid' }, (o: Organisation) => [o.code, o.id]);
/** One page of a nested list (children, descendants) for many parents: how rows join their parent, which kind, which page. */
interface ChildList {
  join: string;
  kind: OrganisationKind | null;
  page: PageRequest<Organisation>;
}
/** Serialises moves against each other and against creates, which read a parent's path. */
const TREE_LOCK = `hashtext('organisations:tree')`;

/** The rules of the organisation tree; one instance per request, holding that request's loaders. */
export class OrganisationService implements TreeLookup {
  // Read only: every change loads its record again under a row lock (lockForChange, checkParent).
  private readonly byId = byIdLoader((ids) => findByIdsReadOnly(this.em, Organisation, ids), isUuid);
  private readonly pages = new LoaderFamily((list: ChildList, keys: readonly string[]) => this.loadPages(list, keys));
  private actingOrganisationAsked = false;

  constructor(private readonly ctx: RequestContext) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  /** Any organisation, visible to the caller or not: for the service's own checks, never returned as is. */
  findById(id: string): Promise<Organisation | null> {
    this.loadActingOrganisationAlong();
    return this.byId.load(id);
  }

  /**
   * Almost every read is followed by a scope check, which needs the path of the organisation the
   * caller acts for. Asking for it in the same batch as the first lookup of the request makes it
   * ride along in that statement, instead of costing a statement of its own once the record is
   * there (the gateway's plan sends each request several fetches, and each fetch paid it).
   */
  private loadActingOrganisationAlong(): void {
    if (this.actingOrganisationAsked) return;
    this.actingOrganisationAsked = true;
    const acting = this.ctx.actor.organisationId;
    // Failures surface in the scope check that awaits the same key, not here.
    if (acting) this.byId.load(acting).catch(() => undefined);
  }

  /** What a read is checked against: the organisation itself and where it sits. */
  static targetOf(organisation: Organisation): Target {
    return { organisationId: organisation.id, organisationPath: organisation.path };
  }

  /** An organisation the caller may read (its own district's), or null: nested fields and entity references leak nothing. */
  async findVisible(id: string): Promise<Organisation | null> {
    const organisation = await this.findById(id);
    return organisation && (await this.ctx.access.allows(P.read, OrganisationService.targetOf(organisation))) ? organisation : null;
  }

  /** An organisation asked for by id: null when there is none, FORBIDDEN (OUT_OF_SCOPE) when it is another district's. */
  async readById(id: string): Promise<Organisation | null> {
    return this.readable(await this.findById(id));
  }

  async readByCode(code: string): Promise<Organisation | null> {
    return this.readable(await this.findByCode(code));
  }

  /** Where an organisation sits: what scope checks compare. */
  async pathOf(id: string): Promise<string | null> {
    return (await this.findById(id))?.path ?? null;
  }

  private async readable(organisation: Organisation | null): Promise<Organisation | null> {
    if (organisation && !(await this.ctx.access.allows(P.read, OrganisationService.targetOf(organisation)))) throw this.ctx.access.refusal(P.read);
    return organisation;
  }

  private async findByCode(code: string): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { code: code.trim().toUpperCase() });
  }

  async getById(id: string, field?: string): Promise<Organisation> {
    const organisation = await this.findById(id);
    if (organisation) return organisation;
    if (field) throw new BadUserInputError('UNKNOWN_REFERENCE', { field, id });
    throw new NotFoundError('Organisation', id);
  }

  /** The root list, of what the caller may read: filters combine; pages are ordered by code. */
  async list(filter: OrganisationFilter = {}, args: PageArgs = {}): Promise<Connection<Organisation>> {
    const page = pageRequest(args, this.ctx.settings.maxPageSize, ORDER);
    const where: Condition[] = [];
    const readable = await this.ctx.access.subtreeOf(P.read);
    if (readable) where.push(withinScopeSql('o.path', readable));
    if (filter.kind) where.push({ sql: 'o.kind = ?', params: [filter.kind] });
    if (filter.parentId !== undefined) where.push({ sql: 'o.parent_id = ?', params: [this.uuidOrNone(filter.parentId)] });
    if (filter.nameContains) where.push({ sql: 'strpos(o.name, ?) > 0', params: [filter.nameContains] });
    if (filter.subtreeOf) {
      const root = await this.getById(filter.subtreeOf, 'filter.subtreeOf');
      where.push(withinScopeSql('o.path', root.path));
    }
    const pages = await fetchBatchedPages<Organisation>(this.em, { entity: Organisation, keys: ['*'], join: 'true', where, page });
    const { rows, total } = pages.get('*')!;
    return toConnection(rows, page, total);
  }

  children(parent: Organisation, args: PageArgs & { kind?: OrganisationKind }): Promise<Connection<Organisation>> {
    return this.pageOf('o.parent_id = k.key::uuid', parent.id, args);
  }

  descendants(root: Organisation, args: PageArgs & { kind?: OrganisationKind }): Promise<Connection<Organisation>> {
    return this.pageOf(belowScopeSql('o.path', 'k.key'), root.path, args);
  }

  /** Units sitting anywhere in a street or community; streets and communities alone have them. */
  residentUnits(host: Organisation, args: PageArgs): Promise<Connection<Organisation>> {
    if (!UNIT_HOST_KINDS.includes(host.kind)) return Promise.resolve(toConnection([], pageRequest(args, this.ctx.settings.maxPageSize, ORDER), 0));
    return this.descendants(host, { ...args, kind: OrganisationKind.UNIT_PARTY_ORGANISATION });
  }

  /** Ancestors from the root down to the parent, loaded in one batch with everything else asked for. */
  async ancestors(organisation: Organisation): Promise<Organisation[]> {
    const ids = idsOnPath(organisation.path).slice(0, -1);
    return (await Promise.all(ids.map((id) => this.findVisible(id)))).filter((o): o is Organisation => o !== null);
  }

  /**
   * The ancestors as references (id and path), for a caller that asks for their ids only: each
   * ancestor's path is a prefix of the organisation's own, so the scope check needs no statement
   * (other subgraphs' `OrganisationsClient` asks `ancestors { id }` for every organisation it learns).
   */
  async ancestorReferences(organisation: Organisation): Promise<Array<Pick<Organisation, 'id' | 'path'>>> {
    const references: Array<Pick<Organisation, 'id' | 'path'>> = [];
    for (const id of idsOnPath(organisation.path).slice(0, -1)) references.push({ id, path: childPath(references.at(-1)?.path ?? null, id) });
    const visible = await Promise.all(references.map((r) => this.ctx.access.allows(P.read, { organisationId: r.id, organisationPath: r.path })));
    return references.filter((_, i) => visible[i]);
  }

  async create(input: CreateOrganisationInput): Promise<Organisation> {
    const code = checkCode(input.code, 'input.code');
    const name = checkName(input.name, 'input.name');
    const sector = checkSector(input.kind, input.sector, 'input.sector');
    return this.em.transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock_shared(${TREE_LOCK})`);
      const parent = await this.checkParent(em, input.kind, input.parentId ?? null);
      if (parent) await this.ctx.access.require(P.changeTree, { organisationPath: parent.path });
      else await this.ctx.access.require(P.createDistrict, {});
      await this.checkCodeIsFree(em, code, 'input.code');
      const id = randomUUID();
      const organisation = em.create(Organisation, {
        id,
        code,
        name,
        kind: input.kind,
        sector,
        address: optionalText(input.address, 'input.address', 300),
        parentId: parent?.id ?? null,
        path: childPath(parent?.path ?? null, id),
        depth: parent ? parent.depth + 1 : 0,
      });
      await em.flush();
      return organisation;
    });
  }

  async update(input: UpdateOrganisationInput): Promise<Organisation> {
    return this.em.transactional(async (em) => {
      const organisation = await this.loadForChange(em, input.id, input.version);
      if (input.code !== undefined && input.code !== null) {
        const code = checkCode(input.code, 'input.code');
        if (code !== organisation.code) await this.checkCodeIsFree(em, code, 'input.code');
        organisation.code = code;
      }
      if (input.name !== undefined && input.name !== null) organisation.name = checkName(input.name, 'input.name');
      if (input.sector !== undefined && input.sector !== null) organisation.sector = checkSector(organisation.kind, input.sector, 'input.sector');
      if (input.address !== undefined) organisation.address = optionalText(input.address, 'input.address', 300);
      await em.flush();
      return organisation;
    });
  }

  /**
   * Re-parents a subtree under the tree lock: one statement rewrites every descendant's path and
   * depth and records each in the audit trail (the flush hook sees only the node itself).
   */
  async move(input: MoveOrganisationInput): Promise<Organisation> {
    return this.em.transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(${TREE_LOCK})`);
      const node = await this.loadForChange(em, input.id, input.version);
      const parent = await this.checkParent(em, node.kind, input.newParentId, 'input.newParentId');
      await this.ctx.access.require(P.changeTree, { organisationPath: parent!.path });
      if (isInSubtree(parent!.path, node.path)) {
        throw new BadUserInputError('MOVE_INTO_OWN_SUBTREE', { field: 'input.newParentId' });
      }
      if (parent!.id === node.parentId) return node;
      const oldPath = node.path;
      const newPath = childPath(parent!.path, node.id);
      const depthChange = parent!.depth + 1 - node.depth;
      await auditedStatement(em, 'Organisation', {
        sql: `update ${qualifiedTable(em, Organisation)} set path = ? || substr(path, ?), depth = depth + ?, updated_at = now()
              where ${belowScopeSql('path', '?::text')}
              returning id::text as entity_id, jsonb_build_object(
                'path', jsonb_build_object('from', ?::text || substr(path, ?), 'to', path),
                'depth', jsonb_build_object('from', depth - ?, 'to', depth)) as changes`,
        params: [newPath, oldPath.length + 1, depthChange, oldPath, oldPath, oldPath, newPath.length + 1, depthChange],
      });
      Object.assign(node, { parentId: parent!.id, path: newPath, depth: node.depth + depthChange });
      await em.flush();
      return node;
    });
  }

  private async loadForChange(em: EntityManager, id: string, version: number): Promise<Organisation> {
    const organisation = await lockForChange(em, Organisation, id);
    await this.ctx.access.require(P.changeTree, { organisationPath: organisation.path });
    assertVersion('Organisation', organisation, version);
    return organisation;
  }

  private async checkParent(em: EntityManager, kind: OrganisationKind, parentId: string | null, field = 'input.parentId') {
    const allowed = ALLOWED_PARENT_KINDS[kind];
    if (allowed.length === 0) {
      if (parentId) throw new BadUserInputError('NO_PARENT_ALLOWED', { field, kind });
      return null;
    }
    if (!parentId) throw new BadUserInputError('WRONG_PARENT', { field, kind, allowed: allowed.join(' or ') });
    const parent = isUuid(parentId) ? await em.findOne(Organisation, { id: parentId }) : null;
    if (!parent) throw new BadUserInputError('UNKNOWN_REFERENCE', { field, id: parentId });
    if (!allowed.includes(parent.kind)) {
      throw new BadUserInputError('WRONG_PARENT', { field, kind, allowed: allowed.join(' or ') });
    }
    return parent;
  }

  private async checkCodeIsFree(em: EntityManager, code: string, field: string): Promise<void> {
    if (await em.count(Organisation, { code })) throw new ConflictError('DUPLICATE', { field });
  }

  private pageOf(join: string, key: string, args: PageArgs & { kind?: OrganisationKind }): Promise<Connection<Organisation>> {
    const page = pageRequest(args, this.ctx.settings.maxPageSize, ORDER);
    return this.pages.load({ join, kind: args.kind ?? null, page }, key).then(({ rows, total }) => toConnection(rows, page, total));
  }

  private async loadPages({ join, kind, page }: ChildList, keys: readonly string[]): Promise<KeyPage<Organisation>[]> {
    const where = kind ? [{ sql: 'o.kind = ?', params: [kind] }] : [];
    const pages = await fetchBatchedPages<Organisation>(this.em, { entity: Organisation, keys, join, where, page });
    return keys.map((k) => pages.get(k)!);
  }

  /** A filter on a malformed id matches nothing rather than failing in SQL. */
  private uuidOrNone(id: string): string {
    return isUuid(id) ? id : '00000000-0000-0000-0000-000000000000';
  }
}
