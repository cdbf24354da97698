/**
 * The absolute points of SVG path data made of moves, lines and closes, relative or absolute,
 * with implicit repeats ("m1,2 3,4" is a move then a line), as a browser reads it. Each ring
 * (subpath) is its own list.
 */
export function pathRings(data: string): Array<Array<[number, number]>> {
  const tokens = data.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const rings: Array<Array<[number, number]>> = [];
  let command = '';
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/[A-Za-z]/.test(token)) {
      command = token;
      i++;
      if (command === 'z' || command === 'Z') [x, y] = start;
      continue;
    }
    const a = Number(token);
    const b = Number(tokens[i + 1]);
    i += 2;
    const relative = command === command.toLowerCase();
    x = relative ? x + a : a;
    y = relative ? y + b : b;
    if (command === 'm' || command === 'M') {
      start = [x, y];
      rings.push([[x, y]]);
      // Pairs after a move are lines of the same kind.
      command = command === 'm' ? 'l' : 'L';
    } else rings.at(-1)!.push([x, y]);
  }
  return rings;
}
