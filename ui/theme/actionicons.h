#pragma once

#include <QIcon>
#include <QStringView>

/// Icons for actions: the desktop theme's icon of a freedesktop name (edit-undo, zoom-in, …) when
/// the theme has one, else Slipway's own drawing of it, embedded under :/icons/actions/, so that
/// every tool button has an icon on any desktop (and under Xvfb, which has no theme).
class ActionIcons
{
public:
    static QIcon icon(QStringView name);
    /// The embedded drawing only (tests, and names no theme has).
    static QIcon fallback(QStringView name);
};
