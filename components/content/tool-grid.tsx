type Tool = { id: number; name: string; description: string };

export function ToolGrid({ tools }: { tools: Tool[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
      {tools.map((tool) => (
        <li key={tool.id} className="card rounded-lg px-4 py-3">
          <h3 className="font-semibold">{tool.name}</h3>
          <p className="item-text">{tool.description}</p>
        </li>
      ))}
    </ul>
  );
}
