// Reads the search scripts. expand() turns the main part of the compact index (search/index.js) and the chunks of terms
// added to it (search/index-N.js) into the lunr.Index that lunr.js 2.3.9 builds from the same documents: the same terms
// and term indexes, postings in the same key order, and field vectors with BM25 scores computed here exactly as lunr's
// Builder computes them. A query first says which chunks its terms need (missingChunks; query() throws them, see
// needs()), so a page loads only those; postings are decoded when lunr first reads them, and a query's vectors hold
// only the terms it read. store() reads the result store's blocks (search/store-N.js) the same way. Loaded by
// search.js; plain ES2017, no eval. generator/Search/CompactIndexWriter.cs and SearchStoreWriter.cs write the formats.
(function (root) {
  "use strict";

  // Numbers are base-32 digits, most significant first, in the 64 characters from "#" to "c" without "\": the first
  // 32 characters end a number, the last 32 continue it. A space ends a record.
  function Reader(text) {
    this.text = text;
    this.pos = 0;
  }

  Reader.prototype.next = function () {
    var value = 0;
    for (;;) {
      var code = this.text.charCodeAt(this.pos++);
      var digit = code - (code > 92 ? 36 : 35);
      if (digit >= 0 && digit < 32) {
        return value * 32 + digit;
      }
      if (!(digit >= 32 && digit < 64)) {
        throw new Error("the search index is damaged");
      }
      value = value * 32 + digit - 32;
    }
  };

  // Reads count numbers from text at pos into output (a typed array) and returns the position after them: one loop
  // rather than a call per number, for the index's long runs of numbers.
  function readNumbers(text, pos, count, output) {
    for (var i = 0; i < count; i++) {
      var value = 0;
      var code = text.charCodeAt(pos++);
      var digit = code - (code > 92 ? 36 : 35);
      while (digit >= 32 && digit < 64) {
        value = value * 32 + digit - 32;
        code = text.charCodeAt(pos++);
        digit = code - (code > 92 ? 36 : 35);
      }
      if (!(digit >= 0 && digit < 32)) {
        throw new Error("the search index is damaged");
      }
      output[i] = value * 32 + digit;
    }
    return pos;
  }

  // Where each of count records starts, records being separated by a space; the last entry is one past the end.
  function recordStarts(text, count) {
    var starts = new Int32Array(count + 1);
    var at = 0;
    for (var i = 1; i < count; i++) {
      at = text.indexOf(" ", at) + 1;
      if (at === 0) {
        throw new Error("the search index is damaged");
      }
      starts[i] = at;
    }
    if ((count === 0 && text !== "") || (count > 0 && text.indexOf(" ", at) >= 0)) {
      throw new Error("the search index is damaged");
    }
    starts[count] = text.length + 1;
    return starts;
  }

  // What a search needs that is not loaded yet: chunks of the index (search/index-N.js) and blocks of the result store
  // (search/store-N.js). Thrown before anything is read, so the caller loads them and runs the same search again.
  function needs(chunks, blocks) {
    var error = new Error("the search needs more of the index");
    error.needs = { chunks: chunks, blocks: blocks };
    return error;
  }

  function damaged() {
    return new Error("the search index is damaged");
  }

  function expand(data, lunr) {
    if (data.lunr !== lunr.version) {
      lunr.utils.warn("The search index was written for lunr " + data.lunr + " but lunr " + lunr.version + " is loaded");
    }

    var fields = [];
    var fieldBoosts = [];
    data.fields.forEach(function (field) {
      fields.push(field[0]);
      fieldBoosts.push(field[1] || 1);
    });
    var fieldCount = fields.length;
    var documentCount = data.documents;
    var slotCount = documentCount * fieldCount;
    var termCount = data.terms;
    var ranges = data.chunks;
    if (!(termCount >= 0) || !Array.isArray(ranges)) {
      throw damaged();
    }
    var refs = data.refs;
    if (!refs) {
      refs = [];
      for (var d = 0; d < documentCount; d++) {
        refs.push(String(d));
      }
    }
    var documentBoosts = data.boosts || null;

    // Each (document, field) slot's term count, and each field's average, as lunr.Builder counts them.
    var lengths = new Float64Array(slotCount);
    if (readNumbers(data.lengths, 0, slotCount, lengths) !== data.lengths.length) {
      throw damaged();
    }
    var averageLength = new Float64Array(fieldCount);
    for (var s = 0; s < slotCount; s++) {
      averageLength[s % fieldCount] += lengths[s];
    }
    for (var f = 0; f < fieldCount; f++) {
      averageLength[f] /= documentCount;
    }

    // Per term (lunr's term index), filled in as chunks arrive: its text, its chunk and place there, how many documents
    // hold it in each field, and lunr.idf, which counts those (document, field) pairs.
    var terms = new Array(termCount);
    var termChunk = new Int32Array(termCount).fill(-1);
    var termPlace = new Int32Array(termCount);
    var counts = new Int32Array(termCount * fieldCount);
    var idf = new Float64Array(termCount);
    var termNumbers = new Map();
    var chunks = ranges.map(function () { return null; });
    var loadedTerms = 0;
    var index = null;

    // Adds chunk n (sorted terms, their term indexes, counts and postings); the token set then holds its terms too.
    function addChunk(n, chunk) {
      if (!(n >= 0 && n < ranges.length) || !chunk || !Array.isArray(chunk.terms) || typeof chunk.postings !== "string"
        || typeof chunk.numbers !== "string" || typeof chunk.counts !== "string") {
        throw damaged();
      }
      if (chunks[n]) {
        return;
      }
      var list = chunk.terms;
      if (!list.length || list[0] !== ranges[n][0] || list[list.length - 1] !== ranges[n][1]) {
        throw damaged();
      }
      var numbers = new Int32Array(list.length);
      var chunkCounts = new Int32Array(list.length * fieldCount);
      if (readNumbers(chunk.numbers, 0, list.length, numbers) !== chunk.numbers.length
        || readNumbers(chunk.counts, 0, chunkCounts.length, chunkCounts) !== chunk.counts.length) {
        throw damaged();
      }
      var starts = recordStarts(chunk.postings, list.length);
      for (var i = 0; i < list.length; i++) {
        var term = numbers[i];
        if (!(term < termCount) || termChunk[term] >= 0 || (i > 0 && !(list[i - 1] < list[i]))) {
          throw damaged();
        }
      }
      for (i = 0; i < list.length; i++) {
        term = numbers[i];
        terms[term] = list[i];
        termChunk[term] = n;
        termPlace[term] = i;
        var pairs = 0;
        for (var f = 0; f < fieldCount; f++) {
          counts[term * fieldCount + f] = chunkCounts[i * fieldCount + f];
          pairs += chunkCounts[i * fieldCount + f];
        }
        var x = (documentCount - pairs + 0.5) / (pairs + 0.5);
        idf[term] = Math.log(1 + Math.abs(x));
        termNumbers.set(list[i], term);
      }
      chunks[n] = { terms: list, reader: new Reader(chunk.postings), starts: starts };
      loadedTerms += list.length;
      // Chunks are runs of the sorted terms, so the loaded ones in chunk order are sorted too.
      var sorted = [];
      chunks.forEach(function (c) {
        if (c) {
          Array.prototype.push.apply(sorted, c.terms);
        }
      });
      index.tokenSet = tokenSet(lunr, sorted);
      whole = null;
      made = new Array(slotCount);
    }

    // A term's slots and frequencies, field by field and documents ascending within a field, read once.
    var termPairs = new Array(termCount);
    function pairsOf(term) {
      if (termPairs[term]) {
        return termPairs[term];
      }
      var chunk = chunks[termChunk[term]];
      var postingText = chunk.reader;
      postingText.pos = chunk.starts[termPlace[term]];
      var total = 0;
      for (var f = 0; f < fieldCount; f++) {
        total += counts[term * fieldCount + f];
      }
      var slots = new Int32Array(total);
      var frequencies = new Int32Array(total);
      var at = 0;
      for (f = 0; f < fieldCount; f++) {
        var number = -1;
        for (var i = 0; i < counts[term * fieldCount + f]; i++) {
          // The document gap × 2 + 1 if the term is repeated there, then the frequency − 2 if it is.
          var value = postingText.next();
          var repeated = value % 2;
          number += (value - repeated) / 2 + 1;
          if (number >= documentCount) {
            throw damaged();
          }
          slots[at] = number * fieldCount + f;
          frequencies[at++] = repeated ? postingText.next() + 2 : 1;
        }
      }
      if (postingText.pos !== chunk.starts[termPlace[term] + 1] - 1) {
        throw damaged();
      }
      return (termPairs[term] = { slots: slots, frequencies: frequencies });
    }

    // The given terms' pairs regrouped by slot (terms ascending within a slot, as in lunr's vectors): where each slot's
    // entries start, and the entries' terms and frequencies.
    function bySlot(termList) {
      var starts = new Int32Array(slotCount + 1);
      termList.forEach(function (term) {
        var slots = pairsOf(term).slots;
        for (var i = 0; i < slots.length; i++) {
          starts[slots[i] + 1]++;
        }
      });
      for (var s = 0; s < slotCount; s++) {
        starts[s + 1] += starts[s];
      }
      var next = starts.slice(0, slotCount);
      var slotTerms = new Int32Array(starts[slotCount]);
      var frequencies = new Int32Array(starts[slotCount]);
      termList.forEach(function (term) {
        var pairs = pairsOf(term);
        for (var i = 0; i < pairs.slots.length; i++) {
          var at = next[pairs.slots[i]]++;
          slotTerms[at] = term;
          frequencies[at] = pairs.frequencies[i];
        }
      });
      return { starts: starts, terms: slotTerms, frequencies: frequencies };
    }

    // A slot's vector over the terms of a bySlot() grouping, scored as lunr.Builder#createFieldVectors scores it.
    function vector(grouping, slot) {
      var field = slot % fieldCount;
      var documentBoost = documentBoosts ? documentBoosts[(slot - field) / fieldCount] || 1 : 1;
      var fieldLength = lengths[slot];
      var k1 = 1.2;
      var b = 0.75;
      var start = grouping.starts[slot];
      var count = grouping.starts[slot + 1] - start;
      var elements = new Array(2 * count);
      for (var i = 0; i < count; i++) {
        var term = grouping.terms[start + i];
        var tf = grouping.frequencies[start + i];
        var score = idf[term] * ((k1 + 1) * tf) / (k1 * (1 - b + b * (fieldLength / averageLength[field])) + tf);
        score *= fieldBoosts[field];
        score *= documentBoost;
        // As lunr.Index.load reads the score back from lunr's JSON: an overflowed score is null, and -0 is 0.
        var rounded = Math.round(score * 1000) / 1000;
        elements[2 * i] = term;
        elements[2 * i + 1] = isFinite(rounded) ? rounded + 0 : null;
      }
      return new lunr.Vector(elements);
    }

    // The vectors of every term, made on the first read outside a query, which needs every chunk: each slot's
    // frequencies must add up to its length, or the postings were damaged.
    var whole = null;
    var made = new Array(slotCount);
    function wholeVector(slot) {
      if (!whole) {
        var missing = [];
        chunks.forEach(function (c, n) {
          if (!c) {
            missing.push(n);
          }
        });
        if (missing.length) {
          throw needs(missing, []);
        }
        var all = new Array(termCount);
        for (var t = 0; t < termCount; t++) {
          all[t] = t;
        }
        var grouping = bySlot(all);
        for (var s = 0; s < slotCount; s++) {
          var sum = 0;
          for (var i = grouping.starts[s]; i < grouping.starts[s + 1]; i++) {
            sum += grouping.frequencies[i];
          }
          if (sum !== lengths[s]) {
            throw damaged();
          }
        }
        whole = grouping;
      }
      return made[slot] || (made[slot] = vector(whole, slot));
    }

    // While a query runs, the terms whose postings it reads. lunr scores a document field by the dot product of its
    // vector with the query's, whose terms are all among those, so the vector it reads during the query holds only
    // them: the same products, added in the same order, without reading the rest of the field's terms.
    var reading = null;
    function readVector(slot) {
      if (!reading) {
        return wholeVector(slot);
      }
      if (!reading.grouping) {
        var read = reading.terms.slice().sort(function (a, c) { return a - c; });
        reading.grouping = bySlot(read.filter(function (term, i) { return i === 0 || term !== read[i - 1]; }));
      }
      return vector(reading.grouping, slot);
    }

    // A term's posting as lunr.Builder#add makes it: "_index", then each field's documents in the order added.
    function posting(term) {
      var slots = pairsOf(term).slots;
      var result = Object.create(null);
      result._index = term;
      var at = 0;
      for (var f = 0; f < fieldCount; f++) {
        var documents = Object.create(null);
        for (; at < slots.length && slots[at] % fieldCount === f; at++) {
          documents[refs[(slots[at] - f) / fieldCount]] = Object.create(null);
        }
        result[fields[f]] = documents;
      }
      return result;
    }

    // lunr's invertedIndex (term to posting, the loaded terms in term-index order), as a read-only view that makes a
    // posting on its first read and records the reads of a running query.
    var postings = new Array(termCount);
    function readPosting(term) {
      if (reading) {
        reading.terms.push(term);
        reading.grouping = null;
      }
      return postings[term] || (postings[term] = posting(term));
    }
    function loadedKeys() {
      var keys = [];
      for (var t = 0; t < termCount; t++) {
        if (termChunk[t] >= 0) {
          keys.push(terms[t]);
        }
      }
      return keys;
    }

    // The chunks a query needs and that are not loaded: those holding a term one of its clauses can reach. Each clause
    // becomes the token set lunr.Index#query makes of it (the same pipeline, the same lunr.TokenSet.fromClause), and a
    // chunk is needed when that token set accepts a word between the chunk's first and last terms.
    function missingChunks(fn) {
      var query = new lunr.Query(fields);
      fn.call(query, query);
      var missing = [];
      query.clauses.forEach(function (clause) {
        var words = clause.usePipeline ? index.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
        words.forEach(function (word) {
          var set = lunr.TokenSet.fromClause(Object.assign({}, clause, { term: word }));
          ranges.forEach(function (range, n) {
            if (!chunks[n] && missing.indexOf(n) < 0 && reachesBetween(set, range[0], range[1])) {
              missing.push(n);
            }
          });
        });
      });
      return missing.sort(function (a, b) { return a - b; });
    }

    index = new lunr.Index({
      invertedIndex: readOnlyView(loadedKeys, function (key) {
        var term = typeof key === "string" ? termNumbers.get(key) : undefined;
        return term === undefined ? -1 : term;
      }, readPosting),
      fieldVectors: readOnlyView(vectorKeys(fields, refs), slotFinder(fields, refs, !data.refs), readVector),
      tokenSet: tokenSet(lunr, []),
      fields: fields,
      pipeline: lunr.Pipeline.load(["stemmer"]),
    });
    // lunr's own query, with the terms it reads recorded (search() calls this too), once the chunks it needs are in.
    // Not serialized: toJSON lists fields.
    var query = index.query;
    Object.defineProperty(index, "query", {
      configurable: true,
      writable: true,
      value: function (fn) {
        var missing = missingChunks(fn);
        if (missing.length) {
          throw needs(missing, []);
        }
        var outer = reading;
        reading = { terms: [], grouping: null };
        try {
          return query.call(this, fn);
        } finally {
          reading = outer;
        }
      },
    });
    [["addChunk", addChunk], ["missingChunks", missingChunks]].forEach(function (method) {
      Object.defineProperty(index, method[0], { configurable: true, writable: true, value: method[1] });
    });
    Object.defineProperty(index, "chunkCount", { configurable: true, value: ranges.length });
    return index;
  }

  // Whether the token set accepts a word w with low <= w <= high, comparing UTF-16 code units as JavaScript sorts. A
  // "*" edge stands for any one character (as lunr.TokenSet#intersect reads it). While the word so far equals the start
  // of low (or of high), the next character is bounded by low's (or high's); once it is past both, any accepted word
  // will do.
  function reachesBetween(set, low, high) {
    var accepts = new Map();
    function acceptsAny(node) {
      if (node.final) {
        return true;
      }
      if (accepts.has(node.id)) {
        return accepts.get(node.id);
      }
      accepts.set(node.id, false);
      var any = Object.keys(node.edges).some(function (key) { return acceptsAny(node.edges[key]); });
      accepts.set(node.id, any);
      return any;
    }
    function walk(node, depth, atLow, atHigh) {
      if (!atLow && !atHigh) {
        return acceptsAny(node);
      }
      if (node.final && (!atLow || depth === low.length)) {
        return true;
      }
      if (atHigh && depth === high.length) {
        return false;
      }
      var bounded = atLow && depth < low.length;
      var least = bounded ? low.charCodeAt(depth) : 0;
      var most = atHigh ? high.charCodeAt(depth) : 0xffff;
      return Object.keys(node.edges).some(function (key) {
        var next = node.edges[key];
        if (key !== "*") {
          var c = key.charCodeAt(0);
          return c >= least && c <= most && walk(next, depth + 1, bounded && c === least, atHigh && c === most);
        }
        return walk(next, depth + 1, bounded, atHigh && least === most)
          || (most !== least && walk(next, depth + 1, false, atHigh))
          || (most - least > 1 && acceptsAny(next));
      });
    }
    return walk(set, 0, true, true);
  }

  // The token set of the sorted terms as a trie whose nodes make their edges when first read: a query walks a few
  // paths of it. lunr.TokenSet.fromArray also merges equal suffixes, which costs more than the rest of the expansion;
  // the merged nodes accept the same words and keep each node's edges in the same order (a node's edges are its words'
  // next characters in sorted order), so intersect() and toArray(), all a query uses, give the same terms in the same
  // order.
  function tokenSet(lunr, sorted) {
    // The node for the words sorted[low] to sorted[high - 1], which share their first depth characters.
    function Node(low, high, depth) {
      this.id = lunr.TokenSet._nextId;
      lunr.TokenSet._nextId += 1;
      this.final = low < high && sorted[low].length === depth;
      this.low = low;
      this.high = high;
      this.depth = depth;
    }
    Node.prototype = Object.create(lunr.TokenSet.prototype);
    Object.defineProperty(Node.prototype, "edges", {
      configurable: true,
      get: function () {
        var edges = {};
        var depth = this.depth;
        for (var i = this.final ? this.low + 1 : this.low; i < this.high;) {
          var character = sorted[i][depth];
          var end = i + 1;
          while (end < this.high && sorted[end][depth] === character) {
            end++;
          }
          edges[character] = new Node(i, end, depth + 1);
          i = end;
        }
        Object.defineProperty(this, "edges", { value: edges, writable: true, enumerable: true, configurable: true });
        return edges;
      },
    });
    return new Node(0, sorted.length, 0);
  }

  // A read-only object whose own keys are keys (in that order) and whose value for a key is read(position), position
  // being find(key), or -1 for a key it does not have: how lunr's invertedIndex and fieldVectors are given to it, so
  // nothing is made before it is read.
  function readOnlyView(keys, find, read) {
    return new Proxy(Object.create(null), {
      get: function (target, key, receiver) {
        var position = find(key);
        return position < 0 ? Reflect.get(target, key, receiver) : read(position);
      },
      has: function (target, key) {
        return find(key) >= 0 || Reflect.has(target, key);
      },
      ownKeys: function (target) {
        return keys().concat(Reflect.ownKeys(target));
      },
      getOwnPropertyDescriptor: function (target, key) {
        var position = find(key);
        return position < 0
          ? Reflect.getOwnPropertyDescriptor(target, key)
          : { value: read(position), writable: false, enumerable: true, configurable: true };
      },
      defineProperty: function (target, key, descriptor) {
        return find(key) < 0 && Reflect.defineProperty(target, key, descriptor);
      },
      deleteProperty: function (target, key) {
        return find(key) < 0 && Reflect.deleteProperty(target, key);
      },
    });
  }

  // fieldVectors' keys: "field/ref", documents in order, fields in order within each.
  function vectorKeys(fields, refs) {
    return function () {
      var keys = [];
      refs.forEach(function (ref) {
        fields.forEach(function (field) { keys.push(field + "/" + ref); });
      });
      return keys;
    };
  }

  // The slot (document × field count + field) of a "field/ref" key, or -1.
  function slotFinder(fields, refs, positional) {
    var fieldCount = fields.length;
    var documentNumbers = null;

    // The document number in key from position start on: parsed in place when refs are the documents' positions
    // (canonical decimal numbers), looked up otherwise.
    function documentOf(key, start) {
      if (!positional) {
        if (!documentNumbers) {
          documentNumbers = new Map();
          refs.forEach(function (ref, i) { documentNumbers.set(ref, i); });
        }
        var found = documentNumbers.get(key.slice(start));
        return found === undefined ? -1 : found;
      }
      if (start === key.length || (key.charCodeAt(start) === 48 && key.length - start > 1)) {
        return -1;
      }
      var number = 0;
      for (var i = start; i < key.length; i++) {
        var digit = key.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) {
          return -1;
        }
        number = number * 10 + digit;
      }
      return number < refs.length ? number : -1;
    }

    // lunr splits a "field/ref" key at the first "/"; field names never contain one.
    return function (key) {
      var slash = typeof key === "string" ? key.indexOf("/") : -1;
      for (var field = 0; slash >= 0 && field < fieldCount; field++) {
        if (fields[field].length === slash && key.startsWith(fields[field])) {
          var number = documentOf(key, slash + 1);
          return number < 0 ? -1 : number * fieldCount + field;
        }
      }
      return -1;
    };
  }

  // The result store: for each document its kind, title, principle, URL and excerpt, as a function from document number
  // to [kind, title, principle, url, excerpt]. The documents come in blocks of `size` (search/store-N.js), one string
  // each, added with add(n, text) as they load; a block has five lines per document, each written as how many
  // characters it shares with the previous document's line (the end for titles, the start otherwise) and the rest. A
  // block is split into lines when one of its entries is first needed. require(numbers) throws the blocks that some of
  // those documents need and that are not loaded (see needs()), so a caller can load them all at once.
  function store(documentCount, size) {
    if (!(documentCount >= 0) || !(size > 0)) {
      throw damaged();
    }
    var blocks = new Array(Math.ceil(documentCount / size));
    var lines = [];
    var entries = [];
    var reader = new Reader("");
    function entry(number) {
      if (entries[number]) {
        return entries[number];
      }
      var block = (number - number % size) / size;
      if (!lines[block]) {
        if (typeof blocks[block] !== "string") {
          throw needs([], [block]);
        }
        lines[block] = blocks[block].split("\n");
        if (lines[block].length !== 5 * Math.min(size, documentCount - size * block)) {
          throw damaged();
        }
      }
      var previous = number % size === 0 ? ["", "", "", "", ""] : entry(number - 1);
      var values = [];
      for (var field = 0; field < 5; field++) {
        reader.text = lines[block][5 * (number % size) + field];
        reader.pos = 0;
        var shared = reader.next();
        var rest = reader.text.slice(reader.pos);
        var before = previous[field];
        values.push(field === 1 ? rest + before.slice(before.length - shared) : before.slice(0, shared) + rest);
      }
      entries[number] = values;
      return values;
    }
    function read(number) {
      if (!(number >= 0 && number < documentCount)) {
        throw new Error("no search result " + number);
      }
      return entry(number);
    }
    read.add = function (n, text) {
      if (!(n >= 0 && n < blocks.length) || typeof text !== "string") {
        throw damaged();
      }
      blocks[n] = text;
    };
    read.require = function (numbers) {
      var missing = [];
      numbers.forEach(function (number) {
        var block = (number - number % size) / size;
        if (typeof blocks[block] !== "string" && missing.indexOf(block) < 0) {
          missing.push(block);
        }
      });
      if (missing.length) {
        throw needs([], missing.sort(function (a, b) { return a - b; }));
      }
    };
    read.blockCount = blocks.length;
    return read;
  }

  root.PmGuideSearchIndex = { expand: expand, store: store };
})(window);
