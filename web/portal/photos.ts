// Photos from the phone's camera are large (3–10 MB) and carry the place they were taken (EXIF
// GPS): each is redrawn on a canvas as a JPEG of at most 1600 px, which drops the metadata and
// keeps the upload small, then sent as a data URL.

const MAX_SIDE = 1600;

export async function photoDataUrl(file: File, maxBytes: number): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.85, 0.7, 0.5]) {
    const url = canvas.toDataURL('image/jpeg', quality);
    if (((url.length - url.indexOf(',') - 1) * 3) / 4 <= maxBytes) return url;
  }
  throw new Error('too_large');
}
