/** Reads a picked file as base64, the form in which uploads travel to the back end. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk)
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  return btoa(binary);
}

/** A file from a picked folder keeps its path inside the folder, so errors can name it. */
export function uploadName(file: File): string {
  const relative = file.webkitRelativePath;
  return relative ? relative.split('/').slice(1).join('/') || file.name : file.name;
}

export function saveFile(fileName: string, mimeType: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

/** Hands a file to the browser as a download under `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
