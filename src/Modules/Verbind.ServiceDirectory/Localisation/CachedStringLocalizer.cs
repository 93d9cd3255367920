using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Verbind.ServiceDirectory.Localisation;

/// <summary>
/// The texts of <typeparamref name="T"/> read once per culture. Every read through the resource manager
/// takes a process-wide lock, and the public search page reads some 150 texts per request, so under load
/// requests queued on that lock. Same results as the default localizer (missing names come back as the name).
/// </summary>
internal sealed class CachedStringLocalizer<T>(IStringLocalizerFactory factory) : IStringLocalizer<T>
{
    private const int MaxEntries = 20_000;

    private readonly IStringLocalizer _inner = factory.Create(typeof(T));
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _texts = new();

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_texts.TryGetValue(key, out var text))
            {
                return text;
            }
            text = _inner[name];
            if (_texts.Count < MaxEntries)
            {
                _texts.TryAdd(key, text);
            }
            return text;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);
}
