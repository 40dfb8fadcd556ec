using Governance;
using TodoService.Users;

namespace TodoService.Telemetry;

/// <summary>
/// Decides each event by the choice of the user whose request tracks it, from the service's own preferences store.
/// An event tracked outside a request, or for a caller with no user, is dropped: it is about nobody who could have
/// agreed.
/// </summary>
public sealed class RequestUserConsentResolver : ITelemetryConsentResolver
{
    private readonly IHttpContextAccessor _requests;
    private readonly TelemetryPreferences _preferences;

    public RequestUserConsentResolver(IHttpContextAccessor requests, TelemetryPreferences preferences)
    {
        _requests = requests;
        _preferences = preferences;
    }

    public ConsentState Resolve(TelemetryEventDescriptor descriptor) =>
        CurrentUser.Find(_requests.HttpContext) is { } user ? _preferences.Get(user) : ConsentState.OptedOut;
}
