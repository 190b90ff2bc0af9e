/** `npm run bench -- --postgres …`: the round-robin balancer in a process of its own (PORT, INSTANCES="3600,3603"). */
import { startBalancer } from "../../testing/balancer";

await startBalancer(
  Number(process.env.PORT),
  (process.env.INSTANCES ?? "").split(",").map((port) => Number(port)),
);
