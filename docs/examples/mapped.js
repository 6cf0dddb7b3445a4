// The same mapped file from a JS script: ./mview --map data=FILE docs/examples/mapped.js
const v = mview(data);                       // the mview binding; data is the mapped file
const counts = new Uint32Array(v);           // zero-copy over the view
console.log(String.fromCharCode(...new Uint8Array(v, 0, 4)), Array.from(counts.subarray(1)).join(','), v.format, v.nbytes);
