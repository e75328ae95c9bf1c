#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;
class TimelinePage;

/// The timeline page's menu entries, kept out of MainWindow: Edit → Find Machine (Ctrl+F, the
/// filter), Select Machines… (a pasted list), the window commands (New Window, Exact Times…,
/// Delete Window, …); View → Legend and Help → Legend (one non-modal window), View → Colours
/// (system, dark, high contrast).
class TimelineMenus : public QObject
{
    Q_OBJECT
public:
    TimelineMenus(TimelinePage *page, QObject *parent);

    void addEditActions(QMenu *menu);
    void addViewActions(QMenu *menu);
    void addHelpActions(QMenu *menu);

    QAction *findAction() const { return m_find; }
    QAction *selectMachinesAction() const { return m_selectMachines; }
    QAction *legendAction() const { return m_legend; }

    /// Edit → Select Machines…: the dialog, then the selection; @p text prefills it.
    void selectMachines(const QString &text = QString());
    /// Selects @p text's machines on the page; the ones not found, as written. Replaces the
    /// selection when any is found.
    QStringList selectMachinesFromText(const QString &text);
    void showLegend();
    QDialog *legendWindow() const { return m_legendWindow; }

private:
    TimelinePage *m_page;
    QAction *m_find = nullptr;
    QAction *m_selectMachines = nullptr;
    QAction *m_legend = nullptr;
    QPointer<QDialog> m_legendWindow;
};
