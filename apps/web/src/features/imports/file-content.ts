/**
 * A chosen file as base64, as the import's API takes it, reporting how much is read (0–1).
 * Converted in slices: a string of ten megabytes of bytes at once would exhaust the call stack.
 */
export function readAsBase64(file: File, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.onload = () => {
      const bytes = new Uint8Array(reader.result as ArrayBuffer);
      let binary = "";
      const slice = 0x8000;
      for (let i = 0; i < bytes.length; i += slice) binary += String.fromCharCode(...bytes.subarray(i, i + slice));
      onProgress(1);
      resolve(btoa(binary));
    };
    reader.readAsArrayBuffer(file);
  });
}
