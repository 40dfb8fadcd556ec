using Microsoft.Extensions.Primitives;

namespace TodoService.Users;

/// <summary>
/// Who is calling. The sample has no sign-in: the caller names its user in the <c>X-User-Id</c> header, which stands
/// for the user id a real service takes from its authentication (<c>HttpContext.User</c>).
/// </summary>
public static class CurrentUser
{
    public const string Header = "X-User-Id";

    /// <summary>The calling user's id, or null outside a request or when the header is missing or ambiguous.</summary>
    public static string? Find(HttpContext? context)
    {
        if (context is null || !context.Request.Headers.TryGetValue(Header, out StringValues values) || values.Count != 1)
        {
            return null;
        }

        var id = values[0];
        return string.IsNullOrWhiteSpace(id) ? null : id;
    }
}
