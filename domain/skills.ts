/**
 * Backend skills candidates choose from beside the role's technologies and tools (which are content):
 * the languages, stores, messaging and infrastructure companies ask for most. Kept here, in one
 * place; anything else a candidate types is kept as they wrote it.
 */
export const commonBackendSkills = [
  "Go",
  "Rust",
  "Java",
  "Kotlin",
  "Scala",
  "C#",
  "PHP",
  "Elixir",
  "TypeScript",
  "PostgreSQL",
  "MySQL",
  "MongoDB",
  "Redis",
  "Elasticsearch",
  "Kafka",
  "RabbitMQ",
  "gRPC",
  "GraphQL",
  "AWS",
  "Google Cloud",
  "Azure",
  "Docker",
  "Kubernetes",
  "Terraform",
  "Linux",
] as const;
