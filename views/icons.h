// The app's icons: the desktop theme's icon when it has one, else the SVG bundled in
// resources/cwdesk.qrc, so the app looks native where it can and complete everywhere.
#pragma once

#include <QIcon>

namespace cw {

class Icons
{
public:
    enum class Name { Sync, Offline, Outbox, Query, Profile, Warning, App };

    static QIcon icon(Name name);
};

} // namespace cw
