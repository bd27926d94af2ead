#include "icons.h"

// Q_INIT_RESOURCE must be used outside any namespace; the resources live in a static library,
// whose initialiser the linker would otherwise drop.
static void initIconResources()
{
    Q_INIT_RESOURCE(cwdesk);
}

namespace cw {

QIcon Icons::icon(Name name)
{
    static const bool initialised = [] {
        initIconResources();
        return true;
    }();
    Q_UNUSED(initialised);
    struct Entry
    {
        const char *theme;
        const char *file;
    };
    // App: the window icon, in hicolor once installed (installer/), else the bundled SVG.
    static constexpr Entry entries[] = {
        {"view-refresh", ":/icons/sync.svg"},
        {"network-offline", ":/icons/offline.svg"},
        {"mail-outbox", ":/icons/outbox.svg"},
        {"edit-find", ":/icons/query.svg"},
        {"user-identity", ":/icons/profile.svg"},
        {"dialog-warning", ":/icons/warning.svg"},
        {"io.github.cwdesk.CWDesk", ":/icons/io.github.cwdesk.CWDesk.svg"},
    };
    const Entry &entry = entries[int(name)];
    // The fallback is a scalable SVG, so it stays crisp at any device pixel ratio.
    return QIcon::fromTheme(QLatin1StringView(entry.theme), QIcon(QLatin1StringView(entry.file)));
}

} // namespace cw
