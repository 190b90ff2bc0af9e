import { formatDateTime } from "@/domain/slots";

/** An endpoint's state in words, its times in the reader's zone. */
export function endpointState(
  endpoint: { active: boolean; failingSince: Date | null; switchedOffAt: Date | null },
  zone: string,
) {
  if (endpoint.switchedOffAt)
    return `Switched off for failing on ${formatDateTime(endpoint.switchedOffAt.getTime(), zone)}`;
  if (!endpoint.active) return "Off";
  if (endpoint.failingSince) return `On, failing since ${formatDateTime(endpoint.failingSince.getTime(), zone)}`;
  return "On";
}
