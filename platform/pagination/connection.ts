import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors/errors';
import { decodeCursor, encodeCursor, type CursorValue, type ListOrder } from './list-order';

/** Relay-style page information (分页信息); every subgraph has it, so it is shareable. */
@Directive('@shareable')
@ObjectType({ description: '分页信息 (page info): where this page sits in the whole list.' })
export class PageInfo {
  @Field({ description: '是否有下一页 (has next page).' })
  hasNextPage!: boolean;

  @Field({ description: '是否有上一页 (has previous page): true when the page was requested after a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '首项游标 (start cursor).' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '末项游标 (end cursor): pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, chineseName: string) {
  // Shareable: a connection type may be served by several subgraphs (the audit trail is).
  @Directive('@shareable')
  @ObjectType(`${name}Edge`, { description: `${chineseName} (${name}) 列表中的一项 (edge).` })
  class EdgeType {
    @Field(() => nodeType, { description: '节点 (the item).' })
    node!: T;

    @Field({ description: '游标 (opaque cursor of this item).' })
    cursor!: string;
  }

  @Directive('@shareable')
  @ObjectType(`${name}Connection`, { description: `${chineseName}列表 (a page of ${name} items).` })
  class ConnectionTypeClass implements Connection<T> {
    @Field(() => [EdgeType], { description: '本页各项 (the items of this page).' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: '分页信息 (page info).' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '总数 (total number of items matching, over all pages).' })
    totalCount!: number;
  }
  return ConnectionTypeClass;
}

export const DEFAULT_PAGE_SIZE = 20;

/** A validated page request: how many, after which position, in which list's order. */
export interface PageRequest<T = any> {
  first: number;
  after?: CursorValue;
  order: ListOrder<T>;
}

/**
 * Checks `first` and `after` from the client against the list they are for: a page above the
 * maximum is refused, not clipped; a cursor from another list, or with values of the wrong types,
 * is refused as INVALID_CURSOR.
 */
export function pageRequest<T>(args: { first?: number | null; after?: string | null }, maxPageSize: number, order: ListOrder<T>): PageRequest<T> {
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) throw new BadUserInputError('OUT_OF_RANGE', { field: 'first', min: 0, max: maxPageSize });
  return { first, after: args.after ? decodeCursor(order, args.after) : undefined, order };
}

/** Builds a connection from up to `first + 1` rows fetched in order (the extra row proves a next page). */
export function toConnection<T>(rows: T[], page: PageRequest<T>, totalCount: number): Connection<T> {
  const items = rows.slice(0, page.first);
  const edges = items.map((node) => ({ node, cursor: encodeCursor(page.order, node) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** `first` and `after`, the arguments of every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: '每页数量 (page size): at most the configured maximum, 20 if omitted.' })
  first?: number;

  @Field(() => String, { nullable: true, description: '游标 (return the items after this cursor).' })
  after?: string;
}
