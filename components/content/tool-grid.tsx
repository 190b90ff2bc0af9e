import { Card } from "@/components/ui/card";

type Tool = { id: number; name: string; description: string };

export function ToolGrid({ tools }: { tools: Tool[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
      {tools.map((tool) => (
        <Card as="li" key={tool.id} className="rounded-lg px-4 py-3">
          <h3 className="font-semibold">{tool.name}</h3>
          <p className="item-text">{tool.description}</p>
        </Card>
      ))}
    </ul>
  );
}
