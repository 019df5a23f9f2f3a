/** The library as a calendar entry names its place: its name and address on one line. */
export function libraryPlace(library: { name: string; address: string }): string {
  const address = library.address.split('\n').join(', ');
  return address ? `${library.name}, ${address}` : library.name;
}
