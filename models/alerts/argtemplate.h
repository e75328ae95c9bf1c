#pragma once

#include <QString>

/// A translated text with the placeholders %1, %2 and %3, filled many times over: fill(a, b, c)
/// gives what QString::arg(a, b, c) gives, by concatenation without parsing the text again when
/// each placeholder occurs once and no other '%' does (every translation so far); otherwise
/// through arg() itself.
class ArgTemplate
{
public:
    explicit ArgTemplate(QString text);
    QString fill(const QString &a, const QString &b, const QString &c) const;

private:
    QString m_text;
    qsizetype m_at[3] = {-1, -1, -1}; ///< where %1, %2 and %3 are; -1: arg() fills it
    int m_order[3] = {0, 1, 2}; ///< the placeholders in the order they appear
};
