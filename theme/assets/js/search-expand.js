// Reads search/index.js and search/store.js. expand() turns the compact index into the lunr.Index that lunr.js 2.3.9
// builds from the same documents: the same terms and term indexes, postings in the same key order, and field vectors
// with BM25 scores computed here exactly as lunr's Builder computes them. Postings are decoded when lunr first reads
// them, and a query's vectors hold only the terms it read, so loading costs little more than building the token set
// and a query little more than reading its terms' postings. store() reads the result store. Loaded
// by search.js; plain ES2017, no eval. generator/Search/CompactIndexWriter.cs and SearchStoreWriter.cs write the formats.
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
    var terms = data.terms;
    var refs = data.refs;
    if (!refs) {
      refs = [];
      for (var d = 0; d < documentCount; d++) {
        refs.push(String(d));
      }
    }
    var documentBoosts = data.boosts || null;
    var postingText = new Reader(data.postings);
    var termStarts = recordStarts(data.postings, terms.length);

    // Each (document, field) slot's term count, and each field's average, as lunr.Builder counts them.
    var lengths = new Float64Array(slotCount);
    if (readNumbers(data.lengths, 0, slotCount, lengths) !== data.lengths.length) {
      throw new Error("the search index is damaged");
    }
    var averageLength = new Float64Array(fieldCount);
    for (var s = 0; s < slotCount; s++) {
      averageLength[s % fieldCount] += lengths[s];
    }
    for (var f = 0; f < fieldCount; f++) {
      averageLength[f] /= documentCount;
    }

    // How many documents hold each term in each field, and lunr.idf, which counts those (document, field) pairs.
    var counts = new Int32Array(terms.length * fieldCount);
    if (readNumbers(data.counts, 0, counts.length, counts) !== data.counts.length) {
      throw new Error("the search index is damaged");
    }
    var idf = new Float64Array(terms.length);
    for (var t = 0; t < terms.length; t++) {
      var pairs = 0;
      for (f = 0; f < fieldCount; f++) {
        pairs += counts[t * fieldCount + f];
      }
      var x = (documentCount - pairs + 0.5) / (pairs + 0.5);
      idf[t] = Math.log(1 + Math.abs(x));
    }

    // A term's slots and frequencies, field by field and documents ascending within a field, read once.
    var termPairs = new Array(terms.length);
    function pairsOf(term) {
      if (termPairs[term]) {
        return termPairs[term];
      }
      postingText.pos = termStarts[term];
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
            throw new Error("the search index is damaged");
          }
          slots[at] = number * fieldCount + f;
          frequencies[at++] = repeated ? postingText.next() + 2 : 1;
        }
      }
      if (postingText.pos !== termStarts[term + 1] - 1) {
        throw new Error("the search index is damaged");
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

    // The vectors of every term, made on the first read outside a query: each slot's frequencies must add up to its
    // length, or the postings were damaged.
    var whole = null;
    var made = new Array(slotCount);
    function wholeVector(slot) {
      if (!whole) {
        var all = new Array(terms.length);
        for (var t = 0; t < terms.length; t++) {
          all[t] = t;
        }
        var grouping = bySlot(all);
        for (var s = 0; s < slotCount; s++) {
          var sum = 0;
          for (var i = grouping.starts[s]; i < grouping.starts[s + 1]; i++) {
            sum += grouping.frequencies[i];
          }
          if (sum !== lengths[s]) {
            throw new Error("the search index is damaged");
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

    // lunr's invertedIndex (term to posting, terms in term-index order), as a read-only view that makes a posting on
    // its first read and records the reads of a running query.
    var termNumbers = new Map();
    terms.forEach(function (text, term) { termNumbers.set(text, term); });
    var postings = new Array(terms.length);
    function readPosting(term) {
      if (reading) {
        reading.terms.push(term);
        reading.grouping = null;
      }
      return postings[term] || (postings[term] = posting(term));
    }

    var index = new lunr.Index({
      invertedIndex: readOnlyView(function () { return terms.slice(); }, function (key) {
        var term = typeof key === "string" ? termNumbers.get(key) : undefined;
        return term === undefined ? -1 : term;
      }, readPosting),
      fieldVectors: readOnlyView(vectorKeys(fields, refs), slotFinder(fields, refs, !data.refs), readVector),
      tokenSet: tokenSet(lunr, terms.slice().sort()),
      fields: fields,
      pipeline: lunr.Pipeline.load(["stemmer"]),
    });
    // lunr's own query, with the terms it reads recorded (search() calls this too). Not serialized: toJSON lists fields.
    var query = index.query;
    Object.defineProperty(index, "query", {
      configurable: true,
      writable: true,
      value: function (fn) {
        var outer = reading;
        reading = { terms: [], grouping: null };
        try {
          return query.call(this, fn);
        } finally {
          reading = outer;
        }
      },
    });
    return index;
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
  // to [kind, title, principle, url, excerpt]. The documents come in blocks of 32, one string each; a block has five
  // lines per document, each written as how many characters it shares with the previous document's line (the end for
  // titles, the start otherwise) and the rest. A block is split into lines when one of its entries is first needed.
  function store(blocks, documentCount) {
    if (!Array.isArray(blocks) || blocks.length !== Math.ceil(documentCount / 32)) {
      throw new Error("the search index is damaged");
    }
    var lines = [];
    var entries = [];
    var reader = new Reader("");
    function entry(number) {
      if (entries[number]) {
        return entries[number];
      }
      var block = (number - number % 32) / 32;
      if (!lines[block]) {
        lines[block] = String(blocks[block]).split("\n");
        if (lines[block].length !== 5 * Math.min(32, documentCount - 32 * block)) {
          throw new Error("the search index is damaged");
        }
      }
      var previous = number % 32 === 0 ? ["", "", "", "", ""] : entry(number - 1);
      var values = [];
      for (var field = 0; field < 5; field++) {
        reader.text = lines[block][5 * (number % 32) + field];
        reader.pos = 0;
        var shared = reader.next();
        var rest = reader.text.slice(reader.pos);
        var before = previous[field];
        values.push(field === 1 ? rest + before.slice(before.length - shared) : before.slice(0, shared) + rest);
      }
      entries[number] = values;
      return values;
    }
    return function (number) {
      if (!(number >= 0 && number < documentCount)) {
        throw new Error("no search result " + number);
      }
      return entry(number);
    };
  }

  root.PmGuideSearchIndex = { expand: expand, store: store };
})(window);
