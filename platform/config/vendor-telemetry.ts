/**
 * `@apollo/gateway` collects "anonymous metrics" for Apollo: its constructor probes cloud metadata
 * addresses (169.254.169.254, metadata.google.internal, …) and schedules reports to Apollo's servers,
 * unless APOLLO_TELEMETRY_DISABLED is set when it runs. That variable is its only switch, so the hub
 * sets it itself before it builds a gateway: on a government network nothing may call out unasked.
 */
export function switchOffGatewayTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = 'true';
}
