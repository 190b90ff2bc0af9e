import { db } from "./index";
import { seedContent } from "./seed-content";

const created = seedContent(db);
console.log(created.length > 0 ? `Seeded ${created.join(", ")}.` : "Seed: content already present, nothing to do.");
db.$client.close();
