"use strict";
/** Whether this server has been told to stop (SIGTERM) and is draining: server/preload.cjs sets it. */
const STATE = Symbol.for("bedrock.preload");

exports.isDraining = () => Boolean(globalThis[STATE]?.draining);
