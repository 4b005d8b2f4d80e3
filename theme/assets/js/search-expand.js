// Reads search/index.js and search/store.js. expand() turns the compact index into the lunr.Index that lunr.js 2.3.9
// builds from the same documents: the same terms and term indexes, postings in the same key order, and field vectors
// with BM25 scores computed here exactly as lunr's Builder computes them. Vectors and postings are decoded when lunr
// first reads them, so loading costs little more than building the token set. store() reads the result store. Loaded
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
    var vectorText = data.vectors;
    var termStarts = recordStarts(data.postings, terms.length);
    var slotStarts = recordStarts(data.vectors, documentCount * fieldCount);

    // lunr.idf, with the (document, field) pairs that hold the term counted from the postings' leading counts.
    var idf = new Float64Array(terms.length);
    for (var t = 0; t < terms.length; t++) {
      postingText.pos = termStarts[t];
      var pairs = 0;
      for (var f = 0; f < fieldCount; f++) {
        pairs += postingText.next();
      }
      var x = (documentCount - pairs + 0.5) / (pairs + 0.5);
      idf[t] = Math.log(1 + Math.abs(x));
    }
    var averageLength = data.lengths.map(function (total) { return total / documentCount; });

    // The vector of one (document, field) slot, scored as lunr.Builder#createFieldVectors scores it.
    var slotTerms = new Int32Array(terms.length);
    var frequencies = new Int32Array(terms.length);
    function vector(slot) {
      var field = slot % fieldCount;
      var documentBoost = documentBoosts ? documentBoosts[(slot - field) / fieldCount] || 1 : 1;
      var count = 0;
      var fieldLength = 0;
      var term = -1;
      // The numbers are read here rather than with Reader.next(), which measured slower in this loop, the one that
      // runs for every term of every vector a query scores. Each entry is the term gap × 2 + 1 if the term is
      // repeated, then the frequency − 2 if it is; a number's last digit decides its parity.
      var pos = slotStarts[slot];
      var end = slotStarts[slot + 1] - 1;
      while (pos < end) {
        var value = 0;
        var code = vectorText.charCodeAt(pos++);
        var digit = code - (code > 92 ? 36 : 35);
        for (; digit >= 32 && digit < 64; digit = code - (code > 92 ? 36 : 35)) {
          value = value * 32 + digit - 32;
          code = vectorText.charCodeAt(pos++);
        }
        var last = digit;
        var repeated = last % 2;
        var tf = 1;
        if (repeated === 1) {
          tf = 0;
          code = vectorText.charCodeAt(pos++);
          digit = code - (code > 92 ? 36 : 35);
          for (; digit >= 32 && digit < 64; digit = code - (code > 92 ? 36 : 35)) {
            tf = tf * 32 + digit - 32;
            code = vectorText.charCodeAt(pos++);
          }
          tf = tf * 32 + digit + 2;
        }
        if (!(last >= 0 && last < 32 && digit >= 0 && digit < 32)) {
          throw new Error("the search index is damaged");
        }
        value = value * 32 + last;
        term += (value - repeated) / 2 + 1;
        slotTerms[count] = term;
        frequencies[count++] = tf;
        fieldLength += tf;
      }
      var k1 = 1.2;
      var b = 0.75;
      var elements = new Array(2 * count);
      for (var i = 0; i < count; i++) {
        tf = frequencies[i];
        var score = idf[slotTerms[i]] * ((k1 + 1) * tf) / (k1 * (1 - b + b * (fieldLength / averageLength[field])) + tf);
        score *= fieldBoosts[field];
        score *= documentBoost;
        // As lunr.Index.load reads the score back from lunr's JSON: an overflowed score is null, and -0 is 0.
        var rounded = Math.round(score * 1000) / 1000;
        elements[2 * i] = slotTerms[i];
        elements[2 * i + 1] = isFinite(rounded) ? rounded + 0 : null;
      }
      return new lunr.Vector(elements);
    }

    // A term's posting as lunr.Builder#add makes it: "_index", then each field's documents in the order added.
    function posting(term) {
      postingText.pos = termStarts[term];
      var counts = [];
      for (var f = 0; f < fieldCount; f++) {
        counts.push(postingText.next());
      }
      var result = Object.create(null);
      result._index = term;
      for (f = 0; f < fieldCount; f++) {
        var documents = Object.create(null);
        var number = -1;
        for (var i = 0; i < counts[f]; i++) {
          number += postingText.next() + 1;
          documents[refs[number]] = Object.create(null);
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
        get: function () { return value || (value = posting(term)); },
      });
    });

    return new lunr.Index({
      invertedIndex: invertedIndex,
      fieldVectors: lazyVectors(fields, refs, !data.refs, vector),
      tokenSet: tokenSet(lunr, terms.slice().sort()),
      fields: fields,
      pipeline: lunr.Pipeline.load(["stemmer"]),
    });
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
  // read-only view whose vectors are made on first read: a site has several per document and a query reads few.
  function lazyVectors(fields, refs, positional, vector) {
    var fieldCount = fields.length;
    var made = new Array(refs.length * fieldCount);
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

    function read(slot) {
      return made[slot] || (made[slot] = vector(slot));
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
