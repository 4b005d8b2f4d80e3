using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>Search in real Chromium from file:// and over HTTP: results as you type, keyboard, the results page.</summary>
[Collection("browser")]
public sealed class SearchBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task From_disk_typing_disagree_finds_the_principle_and_its_questions_and_enter_opens_the_anchor()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "chapters/bar-raiser.html");
        Assert.Equal(0, await page.Locator("script[src$='search/index.js'], script[src$='search/store.js']").CountAsync());

        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("disagree");
        // Results of "d", "di", … arrive first; wait for the popup to show the whole word before using the keyboard.
        var popup = page.Locator("#search-popup[data-query='disagree']");
        await popup.Locator("[role=option]").First.WaitForAsync();
        var titles = await popup.Locator(".search-result-title").AllInnerTextsAsync();
        Assert.Contains("Have Backbone; Disagree and Commit", titles);
        Assert.Contains(await popup.Locator(".badge-kind").AllInnerTextsAsync(), t => t.Equals("question", StringComparison.OrdinalIgnoreCase));
        Assert.True(await popup.Locator("mark").CountAsync() > 0, "matched words are highlighted");
        await session.ScreenshotAsync(fixture, "file-search-popup");

        var questionOption = popup.Locator("[role=option]:has(.badge-question)").First;
        var href = await questionOption.GetAttributeAsync("href");
        var optionId = await questionOption.GetAttributeAsync("id");
        var position = int.Parse(optionId!["search-option-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < position; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(optionId, await page.GetAttributeAsync("#search-input", "aria-activedescendant"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/questions/[^/]+\.html(\?[^#]*)?#"));
        Assert.NotNull(href);
        var anchor = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.EndsWith("#" + anchor, page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#" + anchor).IsVisibleAsync());
        Assert.Empty(session.Problems);
    }

    // The index comes in chunks of terms and the result store in blocks: a query loads, with <script> tags from disk,
    // only the chunks its words need and the blocks of the results it shows.
    [BrowserFact]
    public async Task From_disk_a_search_loads_only_the_chunks_and_blocks_it_needs()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "index.html");
        var chunkCount = await page.EvaluateAsync<int>("""
            () => new Promise(resolve => {
              const script = document.createElement('script');
              script.src = 'search/index.js';
              script.onload = () => resolve(window.PMGUIDE_SEARCH.index.chunks.length);
              document.head.appendChild(script);
            })
            """);
        var blockCount = Directory.GetFiles(Path.Combine(fixture.SiteDirectory, "search"), "store-*.js").Length;
        Assert.True(chunkCount >= 3 && blockCount >= 3, $"{chunkCount} chunks and {blockCount} blocks");

        // The whole word at once (one input event): typed letter by letter, each prefix's results would load theirs.
        await page.Keyboard.PressAsync("/");
        await page.FillAsync("#search-input", "backbone");
        await page.Locator("#search-popup[data-query='backbone'] [role=option]").First.WaitForAsync();
        var chunks = await page.Locator("script[src*='search/index-']").CountAsync();
        var blocks = await page.Locator("script[src*='search/store-']").CountAsync();
        Assert.InRange(chunks, 1, chunkCount - 1);
        Assert.InRange(blocks, 1, Math.Min(8, blockCount - 1));
        Assert.Contains("Have Backbone; Disagree and Commit", await page.Locator("#search-popup .search-result-title").AllInnerTextsAsync());

        // A word from the other end of the alphabet needs another chunk, loaded when it is typed.
        await page.FillAsync("#search-input", "trust");
        await page.Locator("#search-popup[data-query='trust'] [role=option]").First.WaitForAsync();
        Assert.True(await page.Locator("script[src*='search/index-']").CountAsync() > chunks, "typing 'trust' loaded another chunk");
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task Arrow_keys_scroll_the_active_result_into_view_and_new_results_show_from_the_top()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.SetViewportSizeAsync(1100, 600);
        await page.GotoAsync(fixture.FileBase + "index.html");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("disagree");
        var popup = page.Locator("#search-popup[data-query='disagree']");
        await popup.Locator("[role=option]").First.WaitForAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("document.getElementById('search-popup').scrollTop"));

        // Up from the first result wraps to the last, below the popup's fold: the popup scrolls to show it.
        await page.Keyboard.PressAsync("ArrowUp");
        var last = await page.GetAttributeAsync("#search-input", "aria-activedescendant");
        Assert.Equal("search-option-" + (await popup.Locator("[role=option]").CountAsync() - 1), last);
        const string Shown = """
            id => {
              const popup = document.getElementById('search-popup').getBoundingClientRect();
              const option = document.getElementById(id).getBoundingClientRect();
              return option.top >= popup.top - 1 && option.bottom <= popup.bottom + 1;
            }
            """;
        Assert.True(await page.EvaluateAsync<int>("document.getElementById('search-popup').scrollTop") > 0, "the popup scrolled");
        Assert.True(await page.EvaluateAsync<bool>(Shown, last), "the active result is inside the popup's view");

        // Typing more gives fresh results, shown from the top with the first one active.
        await page.Keyboard.TypeAsync(" commit");
        await page.Locator("#search-popup[data-query='disagree commit'] [role=option]").First.WaitForAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("document.getElementById('search-popup').scrollTop"));
        Assert.Equal("search-option-0", await page.GetAttributeAsync("#search-input", "aria-activedescendant"));
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task Over_http_prefixes_match_as_you_type_and_escape_closes()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.HttpBase + "index.html");
        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync("owner");
        await page.Locator("#search-popup[data-query='owner'] [role=option]").First.WaitForAsync();
        Assert.Contains("Ownership", await page.Locator("#search-popup .search-result-title").AllInnerTextsAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator("#search-popup").IsHiddenAsync());
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task Whatever_a_person_types_never_throws_and_plain_words_still_find_results()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "index.html");
        string[] queries = ["title:bar raiser", "the", "~", "^", "+metric -counter", "shp~1", "ship*", "x^10", "what's the PR/FAQ?", "café", "p95", "\"quoted", ":"];
        foreach (var query in queries)
        {
            await page.FillAsync("#search-input", query);
            await page.Locator("#search-popup").WaitForAsync();
            await page.WaitForFunctionAsync("() => !document.getElementById('search-popup').hidden");
        }

        foreach (var query in new[] { "title:bar raiser", "+metric -counter", "what's the PR/FAQ?" })
        {
            await page.FillAsync("#search-input", query);
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-popup [role=option]').length > 0");
        }

        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task The_results_page_works_from_disk_and_over_http()
    {
        foreach (var baseUrl in new[] { fixture.FileBase, fixture.HttpBase })
        {
            await using var session = await PageSession.OpenAsync(fixture);
            var page = session.Page;
            await page.GotoAsync(baseUrl + "search.html?q=bar%20raiser");
            await page.Locator("#search-results li").First.WaitForAsync();
            Assert.True(await page.Locator("#search-results li").CountAsync() > 5);
            Assert.Contains("results for", await page.InnerTextAsync("#search-status"), StringComparison.Ordinal);
            Assert.Equal("bar raiser", await page.InputValueAsync("#search-page-input"));
            await session.ScreenshotAsync(fixture, (baseUrl.StartsWith("file", StringComparison.Ordinal) ? "file" : "http") + "-search-page");
            Assert.Empty(session.Problems);
        }
    }

    [BrowserTheory]
    [InlineData("ownrship", "Ownership", "ownership")]
    [InlineData("custmer obsesion", "Customer Obsession", "customer obsession")]
    public async Task From_disk_a_typo_is_corrected_and_the_popup_says_so(string typed, string title, string corrected)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        var popup = await TypeFromDiskAsync(page, typed);
        Assert.Equal($"Showing results for “{corrected}”", await popup.Locator(".search-corrected").InnerTextAsync());
        Assert.Contains(title, await popup.Locator(".search-result-title").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("script[src$='search/words.js']").CountAsync());
        Assert.Empty(session.Problems);
    }

    [BrowserTheory]
    [InlineData("prfaq", "Working Backwards")]
    [InlineData("pr-faq", "Working Backwards")]
    [InlineData("pr faq", "Working Backwards")]
    [InlineData("br", "Bar Raiser")]
    [InlineData("two-way door", "reversible")]
    public async Task From_disk_compound_spellings_and_aliases_find_the_page(string typed, string expected)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        var popup = await TypeFromDiskAsync(page, typed);
        var firstThree = (await popup.Locator("[role=option]").AllInnerTextsAsync()).Take(3).ToList();
        Assert.True(firstThree.Any(t => t.Contains(expected, StringComparison.OrdinalIgnoreCase)),
            $"'{typed}' should find '{expected}' in its first three results: {string.Join(" | ", firstThree)}");
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task From_disk_the_opened_result_highlights_the_words_and_escape_clears_them_and_focuses_the_box()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await TypeFromDiskAsync(page, "veto");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**highlight=veto**");

        var marks = page.Locator("main mark.search-highlight");
        Assert.True(await marks.CountAsync() > 0, "the searched word is marked on the page it opened");
        Assert.Equal("veto", (await marks.First.InnerTextAsync()).ToLowerInvariant());
        // The first mark at or after the section the address names (#checklist here, below the page's first "veto").
        await page.WaitForFunctionAsync("""
            () => {
              const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
              const first = [...document.querySelectorAll('main mark.search-highlight')]
                .find(m => !target || (target.compareDocumentPosition(m) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)));
              const r = first.getBoundingClientRect();
              return r.top >= 0 && r.bottom <= innerHeight;
            }
            """, null, new PageWaitForFunctionOptions { Timeout = 5000 });
        await session.ScreenshotAsync(fixture, "file-search-highlight");

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal(0, await marks.CountAsync());
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Empty(session.Problems);
    }

    // Opens the home page from disk, types into the search box and returns the popup once it shows that query's results.
    private async Task<ILocator> TypeFromDiskAsync(IPage page, string typed)
    {
        await page.GotoAsync(fixture.FileBase + "index.html");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync(typed);
        var popup = page.Locator($"#search-popup[data-query='{typed}']");
        await popup.Locator("[role=option]").First.WaitForAsync();
        return popup;
    }
}
