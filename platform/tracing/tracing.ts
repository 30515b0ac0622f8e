import type { IncomingHttpHeaders } from 'node:http';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { TracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_SERVICE_NAME, ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';
import type { TracingSettings } from '../config/config';

/** Every service of the hub reports under this namespace; `service.name` is the gateway or the subgraph. */
export const SERVICE_NAMESPACE = 'party-building-hub';

/** The request as one span of the service that serves it. */
export interface ServerSpan {
  /** The trace this request belongs to (the caller's, when it sent a `traceparent`), for the access line. */
  readonly traceId: string;
  /** Runs `work` (the rest of the request's handling) with this span as the active one. */
  run(work: () => void): void;
  end(status: number, failed: boolean): void;
}

const propagator = new W3CTraceContextPropagator();
let contextManagerInstalled = false;

const headerGetter: TextMapGetter<IncomingHttpHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => carrier[key],
};

/**
 * OpenTelemetry traces of one service, exported over OTLP/HTTP (JSON) in batches. Spans are made
 * by hand where a request crosses a boundary: the request a service serves (a SERVER span that
 * continues the caller's `traceparent`), and each call the gateway makes to a subgraph (a CLIENT
 * span whose context goes out as `traceparent`). Apollo Gateway adds its own spans (plan, execute,
 * fetch) once the gateway's provider is the global one. Nothing patches Node or its libraries.
 */
export class Tracing {
  private readonly provider: TracerProvider;
  private readonly tracer: Tracer;

  private constructor(
    readonly serviceName: string,
    settings: TracingSettings,
    private readonly global: boolean,
  ) {
    this.provider = new TracerProvider({
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName, 'service.namespace': SERVICE_NAMESPACE }),
      sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio) }),
      spanProcessors: [
        new BatchSpanProcessor({
          exporter: new OTLPTraceExporter({ url: settings.tracesUrl, headers: settings.headers }),
          scheduledDelayMillis: settings.exportDelayMs,
        }),
      ],
    });
    this.tracer = this.provider.getTracer('party-building-hub');
  }

  /**
   * Tracing for `serviceName`. The gateway's is made the global provider, so that Apollo Gateway's
   * own spans go with it; in embedded mode each subgraph keeps a provider of its own, so its spans
   * carry its own service name. The first call in a process installs the context manager
   * (AsyncLocalStorage) that carries the active span across awaits.
   */
  static start(serviceName: string, settings: TracingSettings, options: { global: boolean }): Tracing {
    if (!contextManagerInstalled) {
      contextManagerInstalled = context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      // Calls between subgraphs (platform/federation/peers.ts) carry `traceparent` through the global propagator.
      propagation.setGlobalPropagator(propagator);
    }
    const tracing = new Tracing(serviceName, settings, options.global);
    if (options.global) trace.setGlobalTracerProvider(tracing.provider);
    return tracing;
  }

  serverSpan(method: string, path: string, headers: IncomingHttpHeaders): ServerSpan {
    const parent = propagator.extract(ROOT_CONTEXT, headers, headerGetter);
    const span = this.tracer.startSpan(
      `${method} ${path}`,
      { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: path } },
      parent,
    );
    const active = trace.setSpan(parent, span);
    return {
      traceId: span.spanContext().traceId,
      run: (work) => context.with(active, work),
      end: (status, failed) => {
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
        if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      },
    };
  }

  /** A CLIENT span for a call to `subgraph`, child of the active span; run the call inside `activate(span)`. */
  clientSpan(subgraph: string, url: string): Span {
    return this.tracer.startSpan(
      `POST ${subgraph}`,
      { kind: SpanKind.CLIENT, attributes: { [ATTR_HTTP_REQUEST_METHOD]: 'POST', 'server.address': safeHost(url), 'hub.subgraph': subgraph } },
      context.active(),
    );
  }

  /** Runs `work` with `span` active, so that `inject` and nested spans see it. */
  withSpan<T>(span: Span, work: () => T): T {
    return context.with(trace.setSpan(context.active(), span), work);
  }

  /** Writes the active span's `traceparent` (and `tracestate`) into outgoing headers. */
  inject(set: (name: string, value: string) => void, active: Context = context.active()): void {
    propagator.inject(active, undefined, { set: (_carrier, key, value) => set(key, value) });
  }

  /** Exports every finished span now (tests; shutdown). */
  flush(): Promise<void> {
    return this.provider.forceFlush();
  }

  async shutdown(): Promise<void> {
    await this.provider.shutdown();
    if (this.global) trace.disable();
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
