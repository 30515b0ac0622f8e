import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { Actor } from '../auth/identity';
import { isHubError, type HubError } from '../errors/errors';
import { refusalCode, SUBGRAPH_UNAVAILABLE } from '../errors/format-error';
import type { Logger } from '../logging/logger';
import { HubMetrics, NO_OPERATION } from '../metrics/metrics';
import type { ServerSpan, Tracing } from '../tracing/tracing';
import { REQUEST_ID_HEADER } from './request-id';

/** An error of an answer, as the access line and the metrics see it: no message (it may quote personal input). */
export interface AnsweredError {
  code: string;
  reason?: string;
  path?: ReadonlyArray<string | number>;
}

/** What is learnt about one HTTP request while it is served, for its access line and its metrics. */
interface AccessRecord {
  requestId: string;
  started: number;
  /** The operation's name as the caller gave it, when the document named one. */
  operationName?: string;
  /** Set once Apollo resolved the operation (it parsed, validated and was found in the document). */
  operationResolved?: boolean;
  graphql: boolean;
  role?: string;
  errors: AnsweredError[];
  /** Something failed that no refusal explains: the line is written at error level. */
  unexpected: boolean;
  span?: ServerSpan;
}

const RECORD = 'access';
/** Most errors an access line lists; the metrics count them all. */
const MAX_LOGGED_ERRORS = 10;
/** Probes and scrapes every few seconds would bury the requests. */
const UNLOGGED_PATHS = /^\/(health\/|metrics$)/;

/** A caller's own request id is kept when it is a plain token, so its logs and ours line up. */
export function acceptableRequestId(value: string | undefined): string | undefined {
  return value && /^[A-Za-z0-9._-]{8,100}$/.test(value) ? value : undefined;
}

/** The request being served, for code that sees neither its response nor its context (peer calls). */
const currentRecord = new AsyncLocalStorage<AccessRecord>();

/** The id of the request being served, so that calls it makes to other subgraphs carry it on. */
export function currentRequestId(): string | undefined {
  return currentRecord.getStore()?.requestId;
}

function recordOf(res: Response): AccessRecord | undefined {
  return res.locals[RECORD] as AccessRecord | undefined;
}

/** The request's id: the caller's (the gateway's, for a subgraph) when acceptable, else a new one. */
export function requestIdOf(res: Response): string {
  return recordOf(res)?.requestId ?? randomUUID();
}

/** The guards tell who the verified caller is; the access line names its role. */
export function noteCaller(res: Response, actor: Actor): void {
  const record = recordOf(res);
  if (record) record.role = actor.role;
}

/** A request refused before GraphQL (no token, a bad signature, a body too large). */
export function noteRefusal(res: Response, error: Pick<HubError, 'code' | 'reason'> | AnsweredError): void {
  recordOf(res)?.errors.push({ code: error.code, reason: error.reason });
}

/** The request failed for a reason no refusal explains (before GraphQL). */
export function noteUnexpected(res: Response): void {
  const record = recordOf(res);
  if (record) record.unexpected = true;
}

export interface RequestObservation {
  /** `gateway` or the subgraph's name: the `service` of the log line and of the metrics. */
  service: string;
  logger: Logger;
  metrics: HubMetrics;
  tracing?: Tracing;
}

/**
 * One access line per request, and its metrics, written when the answer has gone out (or the
 * caller went away, status 499): request id, operation name, caller role, duration, HTTP status,
 * and the code and reason of each error. Refusals the hub meant to give are at info level; a
 * failure nobody meant (INTERNAL_SERVER_ERROR, a 500) at error level; an unavailable subgraph or
 * database at warn. The request id is the caller's (`x-request-id`) when acceptable, else new; it
 * goes back in the response header. With tracing on, the request runs in a server span that
 * continues the caller's `traceparent`, and the line carries its trace id.
 */
export function observeRequests({ service, logger, metrics, tracing }: RequestObservation): RequestHandler {
  return (req, res, next) => {
    if (UNLOGGED_PATHS.test(req.path)) return next();
    const record: AccessRecord = {
      requestId: acceptableRequestId(req.header(REQUEST_ID_HEADER)) ?? randomUUID(),
      started: performance.now(),
      graphql: req.path === '/graphql' && req.method === 'POST',
      errors: [],
      unexpected: false,
    };
    res.locals[RECORD] = record;
    res.setHeader(REQUEST_ID_HEADER, record.requestId);
    res.once('close', () => finish(record, res.writableFinished ? res.statusCode : 499));
    const proceed = () => currentRecord.run(record, next);
    if (!tracing) return proceed();
    record.span = tracing.serverSpan(req.method, req.path, req.headers);
    record.span.run(proceed);
  };

  function finish(record: AccessRecord, status: number) {
    const durationMs = performance.now() - record.started;
    const operation = record.graphql ? metrics.operationLabel(record.operationName, record.operationResolved ?? false) : NO_OPERATION;
    metrics.requestFinished(service, operation, status, durationMs / 1000);
    for (const error of record.errors) metrics.errorAnswered(service, error.code, error.reason);
    const unexpected = record.unexpected || record.errors.some((e) => e.code === 'INTERNAL_SERVER_ERROR') || (status >= 500 && status !== 503);
    const unavailable = status === 503 || record.errors.some((e) => e.code === SUBGRAPH_UNAVAILABLE || e.code === 'SERVICE_UNAVAILABLE');
    record.span?.end(status, unexpected);
    const line = {
      service,
      requestId: record.requestId,
      operation: record.operationName ?? (record.graphql ? operation : undefined),
      role: record.role,
      status,
      durationMs: Math.round(durationMs * 10) / 10,
      errors: record.errors.length ? record.errors.slice(0, MAX_LOGGED_ERRORS) : undefined,
      traceId: record.span?.traceId,
    };
    if (unexpected) logger.error('request', line);
    else if (unavailable) logger.warn('request', line);
    else logger.info('request', line);
  }
}

/**
 * Where a GraphQL context keeps its request's record (Apollo's plugins see the context, not the
 * response). An enumerable own property: Apollo hands plugins a shallow copy of the context.
 */
const ACCESS_RECORD = Symbol('access record');

/** Called by the server with each context it creates, so that `accessLogPlugin` finds the request's record. */
export function linkContext(context: object, res: Response): void {
  const record = recordOf(res);
  if (record) (context as { [ACCESS_RECORD]?: AccessRecord })[ACCESS_RECORD] = record;
}

/** Tells the request's record the operation's name and every error of its answer, as GraphQL saw them. */
export function accessLogPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const record = (contextValue as { [ACCESS_RECORD]?: AccessRecord })[ACCESS_RECORD];
      if (!record) return;
      if (typeof request.operationName === 'string') record.operationName = request.operationName.slice(0, 100);
      return {
        async didResolveOperation({ operationName }) {
          record.operationResolved = true;
          if (operationName) record.operationName = operationName;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) record.errors.push(answeredError(error));
        },
      };
    },
  };
}

function answeredError(error: GraphQLError): AnsweredError {
  const original = unwrapResolverError(error);
  const expected = refusalCode(error);
  const code = expected ?? (error.extensions?.code === SUBGRAPH_UNAVAILABLE ? SUBGRAPH_UNAVAILABLE : 'INTERNAL_SERVER_ERROR');
  const given = isHubError(original) ? original.reason : typeof error.extensions?.reason === 'string' ? error.extensions.reason : undefined;
  // GraphQL's own refusal of a variable's value: the client sees INVALID_VALUE (see maskUnlessSafe).
  const reason = given ?? (code === 'BAD_USER_INPUT' ? 'INVALID_VALUE' : undefined);
  return { code, reason, path: error.path };
}
