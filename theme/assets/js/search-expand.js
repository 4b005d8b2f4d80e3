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

  // Where each of count records starts, records being separated by one separator character (a space unless given);
  // the last entry is one past the end.
  function recordStarts(text, count, separator) {
    separator = separator || " ";
    var starts = new Int32Array(count + 1);
    var at = 0;
    for (var i = 1; i < count; i++) {
      at = text.indexOf(separator, at) + 1;
      if (at === 0) {
        throw new Error("the search index is damaged");
      }
      starts[i] = at;
    }
    if ((count === 0 && text !== "") || (count > 0 && text.indexOf(separator, at) >= 0)) {
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
    var averageLength = new Float64Array(fieldCount);
    var lengthText = new Reader(data.lengths);
    for (var s = 0; s < slotCount; s++) {
      lengths[s] = lengthText.next();
      averageLength[s % fieldCount] += lengths[s];
    }
    if (lengthText.pos !== data.lengths.length) {
      throw new Error("the search index is damaged");
    }
    for (var f = 0; f < fieldCount; f++) {
      averageLength[f] /= documentCount;
    }

    // lunr.idf, with the (document, field) pairs that hold the term counted from the postings' leading counts.
    var idf = new Float64Array(terms.length);
    for (var t = 0; t < terms.length; t++) {
      postingText.pos = termStarts[t];
      var pairs = 0;
      for (f = 0; f < fieldCount; f++) {
        pairs += postingText.next();
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
      var counts = [];
      var total = 0;
      for (var f = 0; f < fieldCount; f++) {
        counts.push(postingText.next());
        total += counts[f];
      }
      var slots = new Int32Array(total);
      var frequencies = new Int32Array(total);
      var at = 0;
      for (f = 0; f < fieldCount; f++) {
        var number = -1;
        for (var i = 0; i < counts[f]; i++) {
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

    var invertedIndex = Object.create(null);
    terms.forEach(function (text, term) {
      var value;
      Object.defineProperty(invertedIndex, text, {
        enumerable: true,
        configurable: true,
        get: function () {
          if (reading) {
            reading.terms.push(term);
            reading.grouping = null;
          }
          return value || (value = posting(term));
        },
      });
    });

    var index = new lunr.Index({
      invertedIndex: invertedIndex,
      fieldVectors: lazyVectors(fields, refs, !data.refs, readVector),
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

  // The token set of the sorted terms as a plain trie. lunr.TokenSet.fromArray also merges equal suffixes, which
  // costs more than the rest of the expansion; the merged nodes accept the same words and keep each node's edges in
  // the same order, so intersect() and toArray(), all a query uses, give the same terms in the same order.
  function tokenSet(lunr, sorted) {
    var root = new lunr.TokenSet();
    var path = [root];
    var previous = "";
    sorted.forEach(function (word) {
      var common = 0;
      while (common < word.length && common < previous.length && word[common] === previous[common]) {
        common++;
      }
      var node = path[common];
      for (var i = common; i < word.length; i++) {
        var next = new lunr.TokenSet();
        node.edges[word[i]] = next;
        path[i + 1] = next;
        node = next;
      }
      node.final = true;
      previous = word;
    });
    return root;
  }

  // lunr's fieldVectors object ("field/ref" to lunr.Vector, documents in order, fields in order within each), as a
  // read-only view whose vectors read(slot) makes when asked: a site has several per document and a query reads few.
  function lazyVectors(fields, refs, positional, read) {
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
    function slotOf(key) {
      var slash = typeof key === "string" ? key.indexOf("/") : -1;
      for (var field = 0; slash >= 0 && field < fieldCount; field++) {
        if (fields[field].length === slash && key.startsWith(fields[field])) {
          var number = documentOf(key, slash + 1);
          return number < 0 ? -1 : number * fieldCount + field;
        }
      }
      return -1;
    }

    return new Proxy({}, {
      get: function (target, key, receiver) {
        var slot = slotOf(key);
        return slot < 0 ? Reflect.get(target, key, receiver) : read(slot);
      },
      has: function (target, key) {
        return slotOf(key) >= 0 || Reflect.has(target, key);
      },
      ownKeys: function (target) {
        var keys = [];
        refs.forEach(function (ref) {
          fields.forEach(function (field) { keys.push(field + "/" + ref); });
        });
        return keys.concat(Reflect.ownKeys(target));
      },
      getOwnPropertyDescriptor: function (target, key) {
        var slot = slotOf(key);
        return slot < 0
          ? Reflect.getOwnPropertyDescriptor(target, key)
          : { value: read(slot), writable: false, enumerable: true, configurable: true };
      },
      defineProperty: function (target, key, descriptor) {
        return slotOf(key) < 0 && Reflect.defineProperty(target, key, descriptor);
      },
      deleteProperty: function (target, key) {
        return slotOf(key) < 0 && Reflect.deleteProperty(target, key);
      },
    });
  }

  // The result store: for each document its kind, title, principle, URL and excerpt, as a function from document number
  // to [kind, title, principle, url, excerpt]. Each value is one line, written as how many characters it shares with
  // the previous document's (the end for titles, the start otherwise) and the rest; every 32nd document shares nothing,
  // so an entry is read from at most 32 documents' lines, when first needed.
  function store(text, documentCount) {
    // Where each line starts, rather than text.split(): a site has five lines per document and a search reads a few.
    var starts = recordStarts(text, Math.max(1, 5 * documentCount), "\n");
    var entries = [];
    var reader = new Reader("");
    function entry(number) {
      if (entries[number]) {
        return entries[number];
      }
      var previous = number % 32 === 0 ? ["", "", "", "", ""] : entry(number - 1);
      var values = [];
      for (var field = 0; field < 5; field++) {
        reader.text = text.slice(starts[5 * number + field], starts[5 * number + field + 1] - 1);
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
