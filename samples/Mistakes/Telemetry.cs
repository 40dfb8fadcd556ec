using System;
using System.Collections.Generic;
using Governance;

namespace Mistakes;

// Each declaration below breaks one rule; the comment names it. See rules.md for why each rule exists.

[TelemetryEvent("app.started", Purpose = "TODO", RetentionDays = 30, Consent = Consent.OptOut)] // GOV001
public partial record AppStarted;

[TelemetryEvent("app.search_run", Purpose = "Learn whether search helps people find what they need.", Consent = Consent.OptOut)] // GOV002
public partial record SearchRun
{
    public int ResultCount { get; init; } // GOV003

    [TelemetryField("Every query the user typed today.")]
    public List<string> Queries { get; init; } = new(); // GOV004
}

[TelemetryEvent("App.Crashed", Purpose = "Find the crashes that happen most often, to fix them first.", RetentionDays = 30, Consent = Consent.OptIn)] // GOV005
public record Crashed // GOV006
{
    [TelemetryField("The kind of crash, from a fixed list.")]
    public int Kind { get; init; }
}

[TelemetryEvent("app.settings_changed", Purpose = "Learn which settings people change, to choose better defaults.", RetentionDays = 30)] // GOV007
public partial record SettingsChanged
{
    [TelemetryField("The setting that changed, from the fixed list of settings.", DataClass = DataClass.Interaction)]
    public string Setting { get; init; } = "";
}
