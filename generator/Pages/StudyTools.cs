namespace PmGuideSite.Pages;

/// <summary>The study-tool pages: practice drills, the mock loop, the story matrix, the answer linter and the cheat sheet.</summary>
/// <remarks>They are shells: their scripts read data/*.js and the browser's storage, so the HTML is the same
/// for every student.</remarks>
internal static class StudyTools
{
    /// <summary>The pages, in the order the navigation lists them.</summary>
    public static IReadOnlyList<PageJob> Jobs() =>
    [
        new("practice.html", "practice", "practice", "Practice drills",
            "Drill interview questions with a timer, reveal the probes one at a time and rate yourself; weak answers come back sooner.", null, null),
        new("mock.html", "mock", "mock", "Mock loop",
            "A rehearsal of an Amazon interview loop: timed interviews by assigned principles, answers recorded on this device, and a written debrief.", null, null),
        new("matrix.html", "matrix", "matrix", "Story matrix",
            "Your stories against the 16 Leadership Principles: coverage gaps, over-used stories, export and import.", null, null),
        new("lint.html", "lint", "lint", "Answer linter",
            "Check a written answer as you type: ownership words, results without numbers, baseline, date, trade-off, counter-metric.", null, null),
        new("cheatsheet.html", "cheatsheet", "cheatsheet", "Cheat sheet",
            "One printable page: the 16 Leadership Principles in a line each, and your story for each one.", null, null),
    ];
}
