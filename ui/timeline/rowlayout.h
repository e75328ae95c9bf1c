#pragma once

#include <algorithm>

/// Maps rows to y (pixels from the top of the timeline's viewport) and back. Rows are all one
/// height, as in the machine list beside the timeline, so the mapping is arithmetic and the cost
/// of finding the visible rows does not depend on how many rows there are.
class RowLayout
{
public:
    constexpr RowLayout() = default;
    constexpr RowLayout(int rowHeight, int rowCount, int scrollY)
        : m_rowHeight(std::max(1, rowHeight))
        , m_rowCount(std::max(0, rowCount))
        , m_scrollY(scrollY)
    { }

    constexpr int rowHeight() const { return m_rowHeight; }
    constexpr int rowCount() const { return m_rowCount; }
    constexpr int scrollY() const { return m_scrollY; }
    constexpr int contentHeight() const { return m_rowHeight * m_rowCount; }

    /// Top of @p row.
    constexpr int yForRow(int row) const { return row * m_rowHeight - m_scrollY; }
    /// The row under @p y, or -1 when there is none.
    constexpr int rowAt(int y) const
    {
        const int content = y + m_scrollY;
        if (content < 0)
            return -1;
        const int row = content / m_rowHeight;
        return row < m_rowCount ? row : -1;
    }
    /// First and last row that a viewport of @p height shows at least partly; last < first when
    /// none is visible.
    constexpr int firstVisibleRow() const
    {
        return std::clamp(m_scrollY / m_rowHeight, 0, m_rowCount);
    }
    constexpr int lastVisibleRow(int height) const
    {
        if (height <= 0 || m_rowCount == 0)
            return firstVisibleRow() - 1;
        return std::min(m_rowCount - 1, (m_scrollY + height - 1) / m_rowHeight);
    }

    friend constexpr bool operator==(const RowLayout &, const RowLayout &) = default;

private:
    int m_rowHeight = 22;
    int m_rowCount = 0;
    int m_scrollY = 0;
};
