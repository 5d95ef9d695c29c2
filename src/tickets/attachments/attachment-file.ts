// What a file attached to a ticket may be, decided by what it is rather than by what it claims. A file name is
// normalised first (what a person's machine will show and use to open it), then a file is refused when its
// bytes are an executable or a script, or when its normalised name would make the recipient's machine run it.
// Pure: the caller sniffs the bytes (file-type) and passes the verdict in.

/** Longest stored file name, in characters (code points). */
export const FILENAME_MAX = 200;
/** What a file with no usable name is called. */
export const FALLBACK_FILENAME = "attachment";

// Control characters (C0, DEL, C1), format characters (bidirectional overrides and isolates such as U+202E, zero
// widths, the BOM, soft hyphen…), line and paragraph separators, and lone surrogates never belong in a name:
// they hide the real extension ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf") or break storage.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
// …except the ones that separate words, which become a space.
const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Characters Windows refuses in names, quotes that break headers, and the path separators.
const UNSAFE = /[<>:"|?*]/g;
const SEPARATORS = /[\\/]/;
// Names Windows reserves for devices, whatever the extension ("con.txt" opens the console).
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * Extensions that run something when opened on Windows, macOS or Linux desktops: programs, installers, scripts,
 * shortcuts, registry files, control-panel items and HTML applications. Checked on the normalised name, so
 * "setup.exe.", "setup.exe " and "setup.EXE" are all ".exe".
 */
export const EXECUTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  "exe",
  "dll",
  "com",
  "scr",
  "cpl",
  "pif",
  "msi",
  "msp",
  "mst",
  "msc",
  "appx",
  "msix",
  "appref-ms",
  "application",
  "gadget",
  "bat",
  "cmd",
  "ps1",
  "psm1",
  "psd1",
  "ps1xml",
  "vb",
  "vbs",
  "vbe",
  "js",
  "jse",
  "ws",
  "wsf",
  "wsh",
  "wsc",
  "hta",
  "sct",
  "lnk",
  "url",
  "scf",
  "inf",
  "reg",
  "jar",
  "class",
  "sh",
  "command",
  "app",
  "apk",
]);

/**
 * Sniffed content types that are programs or launch one: Windows PE (exe, dll), ELF, Mach-O, Java classes and
 * archives, Android packages, Windows shortcuts and macOS aliases, registry files, WebAssembly, Flash.
 */
export const EXECUTABLE_TYPES: ReadonlySet<string> = new Set([
  "application/x-msdownload",
  "application/vnd.microsoft.portable-executable",
  "application/x-elf",
  "application/x-executable",
  "application/x-sharedlib",
  "application/x-mach-binary",
  "application/java-vm",
  "application/java-archive",
  "application/vnd.android.package-archive",
  "application/x.ms.shortcut",
  "application/x.apple.alias",
  "application/x-ms-regedit",
  "application/wasm",
  "application/x-shockwave-flash",
  "application/x-msi",
]);

/** The name as it will be stored and offered for download: one safe, visible file name. */
export function normaliseFilename(raw: string): string {
  let name = raw.normalize("NFC").replace(LINE_BREAKS_AND_TABS, " ").replace(INVISIBLE, "");
  // A browser may send a whole path (C:\fakepath\report.pdf); only the last part names the file.
  name = name.split(SEPARATORS).pop() ?? "";
  name = trimEnds(name.replace(UNSAFE, "_").replace(/\s+/gu, " "));
  name = shorten(name);
  if (name === "") return FALLBACK_FILENAME;
  return DEVICE_NAME.test(name.split(".")[0]!) ? `_${name}` : name;
}

/** The extension of a normalised name, lower case, without the dot ("" when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export type AttachmentVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Whether a file may be attached: its name, once normalised, must not have an executable extension, and its content
 * (the sniffed type, a Windows Installer package, a script's "#!" line) must not be a program, whatever the name.
 */
export function judgeAttachment(file: {
  name: string;
  bytes: Uint8Array;
  sniffedType: string | undefined;
}): AttachmentVerdict {
  const extension = extensionOf(normaliseFilename(file.name));
  if (EXECUTABLE_EXTENSIONS.has(extension)) return { ok: false, reason: `.${extension} files run when opened` };
  if (file.sniffedType !== undefined && EXECUTABLE_TYPES.has(file.sniffedType))
    return { ok: false, reason: `the content is a program (${file.sniffedType})` };
  if (isWindowsInstaller(file.bytes)) return { ok: false, reason: "the content is a Windows Installer package" };
  if (file.bytes[0] === 0x23 && file.bytes[1] === 0x21)
    return { ok: false, reason: 'the content is a script (it starts with "#!")' };
  return { ok: true };
}

/** Content-Disposition for a download (RFC 6266): always an attachment, an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(filename: string): string {
  const name = normaliseFilename(filename);
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"%]/g, "_");
  // RFC 8187 attr-char: encodeURIComponent leaves ' ( ) * ! unescaped, which the grammar does not allow.
  const exact = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/** Dots and spaces at either end hide an extension from some systems ("setup.exe." runs as setup.exe). */
function trimEnds(name: string): string {
  return name.replace(/^[.\s]+|[.\s]+$/gu, "");
}

/** At most FILENAME_MAX code points, keeping a short extension. */
function shorten(name: string): string {
  const points = [...name];
  if (points.length <= FILENAME_MAX) return name;
  const extension = extensionOf(name);
  const keep = extension.length > 0 && extension.length <= 16 ? `.${extension}` : "";
  const stem = trimEnds(points.slice(0, FILENAME_MAX - [...keep].length).join(""));
  return `${stem}${keep}`;
}

// Windows Installer packages (.msi, patches .msp, transforms .mst) are OLE compound files, like old Office
// documents, told apart by the class id of their root storage: {000C1084-…} (1082, 1086 for the others).
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const INSTALLER_CLSID_TAIL = [0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];

function isWindowsInstaller(bytes: Uint8Array): boolean {
  if (bytes.length < 512 || CFB_SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 2 ** view.getUint16(0x1e, true);
  const firstDirectorySector = view.getUint32(0x30, true);
  // The root storage is the first directory entry; its class id sits 0x50 bytes in.
  const clsid = (firstDirectorySector + 1) * sectorSize + 0x50;
  if (sectorSize < 128 || clsid + 16 > bytes.length) return false;
  const [b0, b1, b2] = [bytes[clsid], bytes[clsid + 1], bytes[clsid + 2]];
  return (
    [0x82, 0x84, 0x86].includes(b0!) &&
    b1 === 0x10 &&
    b2 === 0x0c &&
    INSTALLER_CLSID_TAIL.every((b, i) => bytes[clsid + 3 + i] === b)
  );
}
