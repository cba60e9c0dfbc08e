/**
 * The PowerShell helper that hands bytes to a printer installed in Windows (USB printers usually are) through
 * the spooler's RAW path: OpenPrinter → StartDocPrinter("RAW") → WritePrinter. RAW means the driver does not
 * touch our ESC/POS, and it needs no native Node module — PowerShell compiles the few winspool calls itself.
 *
 * It runs as one long-lived process (compiling the C# costs a second or two, once) speaking lines:
 *   ready                                  ← once, when it can take jobs
 *   <jobId> <printer name, base64 UTF-8> <job bytes, base64>      → one per job
 *   <jobId> ok | <jobId> error <win32 code> [message]            ← one per job
 * Printer names and bytes travel only as base64 on stdin, never inside the script or on a command line.
 */

export const WINDOWS_RAW_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
public static class LuotRawPrinter {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  public class DocInfo {
    [MarshalAs(UnmanagedType.LPWStr)] public string pDocName;
    [MarshalAs(UnmanagedType.LPWStr)] public string pOutputFile;
    [MarshalAs(UnmanagedType.LPWStr)] public string pDataType;
  }
  [DllImport("winspool.drv", EntryPoint = "OpenPrinterW", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool OpenPrinter(string name, out IntPtr printer, IntPtr defaults);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool ClosePrinter(IntPtr printer);
  [DllImport("winspool.drv", EntryPoint = "StartDocPrinterW", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern int StartDocPrinter(IntPtr printer, int level, [In] DocInfo doc);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndDocPrinter(IntPtr printer);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool StartPagePrinter(IntPtr printer);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndPagePrinter(IntPtr printer);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool WritePrinter(IntPtr printer, byte[] bytes, int count, out int written);

  public static int Send(string name, byte[] bytes) {
    IntPtr printer;
    if (!OpenPrinter(name, out printer, IntPtr.Zero)) return Marshal.GetLastWin32Error();
    try {
      DocInfo doc = new DocInfo();
      doc.pDocName = "Luot ticket";
      doc.pDataType = "RAW";
      if (StartDocPrinter(printer, 1, doc) == 0) return Marshal.GetLastWin32Error();
      try {
        if (!StartPagePrinter(printer)) return Marshal.GetLastWin32Error();
        int written;
        bool ok = WritePrinter(printer, bytes, bytes.Length, out written);
        int error = ok ? 0 : Marshal.GetLastWin32Error();
        EndPagePrinter(printer);
        if (error != 0) return error;
        return written == bytes.Length ? 0 : 1784;
      } finally { EndDocPrinter(printer); }
    } finally { ClosePrinter(printer); }
  }
}
'@
[Console]::Out.WriteLine('ready')
[Console]::Out.Flush()
while ($null -ne ($line = [Console]::In.ReadLine())) {
  $parts = $line.Split(' ')
  $id = $parts[0]
  try {
    $name = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($parts[1]))
    $code = [LuotRawPrinter]::Send($name, [Convert]::FromBase64String($parts[2]))
    if ($code -eq 0) { [Console]::Out.WriteLine("$id ok") } else { [Console]::Out.WriteLine("$id error $code") }
  } catch {
    [Console]::Out.WriteLine("$id error -1 " + ($_.Exception.Message -replace '\s+', ' '))
  }
  [Console]::Out.Flush()
}
`;

/** `powershell.exe` arguments that run the helper: the script travels as -EncodedCommand (UTF-16LE base64). */
export function windowsHelperArgs(script = WINDOWS_RAW_SCRIPT): string[] {
  return [
    '-NoLogo',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    Buffer.from(script, 'utf16le').toString('base64'),
  ];
}

/** One job as a line for the helper's stdin. */
export function windowsJobLine(jobId: string, printerName: string, job: Uint8Array): string {
  const name = Buffer.from(printerName, 'utf8').toString('base64');
  return `${jobId} ${name} ${Buffer.from(job).toString('base64')}\n`;
}

/** Win32 errors a volunteer may meet, by code: 1801 = ERROR_INVALID_PRINTER_NAME. */
export const WIN32_INVALID_PRINTER_NAME = 1801;
