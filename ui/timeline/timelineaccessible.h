#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>

class TimelineView;

/// The timeline for assistive technology. A custom-painted view has no children a screen reader
/// could find, so this one makes them up: one child per row (a zone header, or a machine named by
/// hostname and IP with its mode and window described), and under a machine with a window one
/// child for its bar (the window's times, machines and state, as the tooltip tells them). Rows
/// and bars have their on-screen rectangles, and selected and focused states; the view announces
/// its current row as the focused child. Installed for every TimelineView by install().
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view);
    ~TimelineAccessible() override;

    /// Registers the factory (once per process).
    static void install();

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    /// A row's name and description, and its bar's (empty when it has none); shared with the
    /// row and bar interfaces.
    static QString rowName(const TimelineView *view, const QModelIndex &index);
    static QString rowDescription(const TimelineView *view, const QModelIndex &index);
    static QString barName(const TimelineView *view, const QModelIndex &index);
    static QString barDescription(const TimelineView *view, const QModelIndex &index);

private:
    TimelineView *view() const;

    mutable QHash<int, QAccessible::Id> m_rows;
};
