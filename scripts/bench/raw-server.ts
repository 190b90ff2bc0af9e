/** The machine's ceiling for `npm run bench`: plain node:http sending fixed bytes, no framework. */

import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const body = readFileSync(process.env.RAW_BODY_FILE ?? "");
const headers = {
  "content-type": process.env.RAW_CONTENT_TYPE ?? "text/html; charset=utf-8",
  "content-length": String(body.length),
};

createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(process.env.PORT));
