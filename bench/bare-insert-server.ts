// The reference a ticket create is measured against (issue 12): bare Node `http` + `pg`, one INSERT per request,
// nothing else — no framework, validation, auth, transaction or reactions. The bench starts it as a child process
// on the same scratch database and drives it like Frontline; Frontline's create rate is printed as a share of it.
// Run: node bin/run-ts.js bench/bare-insert-server.ts  (DATABASE_URL, PORT; prints "listening" when ready)
import http from "node:http";
import pg from "pg";

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!url || !Number.isInteger(port)) {
  console.error("bare-insert-server: DATABASE_URL and PORT are required");
  process.exit(2);
}

// The same pool size as `frontline start` uses by default, so the two see the database alike.
const pool = new pg.Pool({ connectionString: url, max: 20 });
await pool.query("create table if not exists bench_bare_inserts (id bigserial primary key, body jsonb not null)");

const server = http.createServer((request, response) => {
  // GET is the bench's readiness and drain probe: answered without touching the database.
  if (request.method === "GET") {
    response.end("ok");
    return;
  }
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    pool
      .query("insert into bench_bare_inserts (body) values ($1) returning id", [Buffer.concat(chunks).toString("utf8")])
      .then(
        ({ rows }) => {
          response.writeHead(201, { "content-type": "application/json" });
          response.end(JSON.stringify({ id: rows[0].id }));
        },
        (error: Error) => {
          response.writeHead(500, { "content-type": "text/plain" });
          response.end(error.message);
        },
      );
  });
});
server.listen(port, "127.0.0.1", () => console.log("listening"));
process.on("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
