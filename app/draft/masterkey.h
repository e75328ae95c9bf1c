#pragma once

#include <QString>

/// The name under which drafts and replaced schedules of a master are kept: the same for every
/// spelling of the same masters (`m1`, `m1:5050`, `http://m1:5050/`, `M1:5050,m2` and `m2,m1`),
/// and never with user info. Text that is not a master list (`demo`) is its own key.
namespace MasterKey {

QString of(const QString &masters);

} // namespace MasterKey
