import { expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { describeEachEngine } from "../../test/support/db.ts";
import { call, sessionFor, withApp } from "../../test/support/http.ts";
import { people } from "../identity/identity.tables.ts";
import { seedDemo } from "../seed/demo.ts";

describeEachEngine("demo channels and callers", (ctx) => {
  const http = withApp(ctx);
  const personByEmail = async (email: string) =>
    (await ctx.deps.db.select().from(people).where(eq(people.email, email)))[0]!;

  it("offers the demo desk's channels (the portal at PUBLIC_URL) and hides the API from requesters", async () => {
    await seedDemo({ ...ctx.deps, config: { ...ctx.deps.config, PUBLIC_URL: "https://desk.example/" } });
    const omar = await sessionFor(ctx.deps, (await personByEmail("employee@indus-textiles.example")).id);
    const items = (await call(http.app, { method: "GET", url: "/api/v1/channels", as: omar })).json().items as Array<{
      channel: string;
      contact: string;
    }>;
    expect(items.map((c) => c.channel)).toEqual(["phone", "email", "chat", "whatsapp", "portal", "onsite", "remote"]);
    expect(Object.fromEntries(items.map((c) => [c.channel, c.contact]))).toEqual({
      phone: "+92 21 111 000 111 (landline) / +92 300 0000000 (mobile)",
      email: "support@frontline.example",
      chat: "Chat button on the portal",
      whatsapp: "+92 300 1234567",
      portal: "https://desk.example/portal",
      onsite: "Book through your IT manager",
      remote: "Agent sends a session link",
    });
    const admin = await sessionFor(ctx.deps, (await personByEmail("admin@frontline.example")).id);
    const all = (await call(http.app, { method: "GET", url: "/api/v1/channels", as: admin })).json().items;
    expect(all.at(-1)).toMatchObject({ channel: "api", enabled: false });
  });

  it("finds an Indus Textiles employee calling from their mobile in national form, with their open tickets", async () => {
    await seedDemo(ctx.deps);
    const agent = await sessionFor(ctx.deps, (await personByEmail("l1.lead@frontline.example")).id);
    const res = await call(http.app, { method: "GET", url: "/api/v1/calls/lookup?number=0301-7654321", as: agent });
    expect(res.statusCode).toBe(200);
    const [match] = res.json().matches;
    expect(match.person).toMatchObject({
      name: "Mariam Javed",
      organizationName: "Indus Textiles Ltd",
      phone: "+92 301 7654321",
    });
    expect(match.openTickets.map((t: { subject: string }) => t.subject)).toContain(
      "Outlook keeps asking for my password",
    );
  });
});
