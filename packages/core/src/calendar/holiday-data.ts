// The official mainland China holiday arrangements 2019–2026, one entry per State Council notice
// year, transcribed from shared/data/cn-holidays.json. Each block reads as the notice does: the days
// off (one contiguous range) and the weekend days that are working days (调休上班).
//
// Provenance: every year cites its notices (title, 国办发明电 number where published, date, URL).
// The whole table was cross-checked against NateScarlet/holiday-cn (commit
// d4e53bf2143de9a85bbd0a916c6c4adac32b075f, 2026-08-07): identical except 2020-02-03, which
// holiday-cn lists as a working day of 春节; here it is not listed because it is an ordinary Monday
// (the COVID-19 extension, 国办发明电〔2020〕1号, ended the holiday on Sun 2020-02-02), so it is a
// working day either way and the two sources agree on every day's status.
//
// `year` is the notice year: a few dates fall in the previous calendar year (2018-12-29..31 in the
// 2019 notice, 2022-12-31 in 2023). A calendar covers every day its notices govern: their calendar
// years and the days they list beyond them, so the built-in years cover 2018-12-29..2026-12-31.
import { expandHolidayBlocks, type HolidayBlock, type HolidayYearData } from './holiday-year';

const y = (
  year: number,
  notices: HolidayYearData['source']['notices'],
  blocks: readonly HolidayBlock[],
): HolidayYearData => ({ year, source: { notices }, days: expandHolidayBlocks(blocks) });

/**
 * The built-in years, 2019–2026, as published by the State Council (国务院办公厅).
 * @example
 * BUILT_IN_HOLIDAY_YEARS[0].source.notices[0].docNo; // '国办发明电〔2018〕15号'
 * createCalendar(BUILT_IN_HOLIDAY_YEARS); // the same calendar as DEFAULT_CALENDAR
 */
export const BUILT_IN_HOLIDAY_YEARS: readonly HolidayYearData[] = [
  // Days 2018-12-29 (make-up Saturday) and 2018-12-30/31 belong to the 2019 New Year arrangement and are
  //   listed here.
  // Labour Day follows the 2019-03-22 amendment (国办发明电〔2019〕3号): 5/1-5/4 off, Sun 4/28 and Sun 5/5
  //   working. The original Dec-2018 notice had only 5/1 off.
  y(
    2019,
    [
      {
        title: '国务院办公厅关于2019年部分节假日安排的通知',
        docNo: '国办发明电〔2018〕15号',
        dated: '2018-12-04',
        url: 'http://www.gov.cn/zhengce/zhengceku/2018-12/06/content_5346276.htm',
      },
      {
        title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
        docNo: '国办发明电〔2019〕3号',
        dated: '2019-03-22',
        url: 'http://www.gov.cn/zhengce/zhengceku/2019-03/22/content_5375877.htm',
      },
    ],
    [
      { name: '元旦', off: ['2018-12-30', '2019-01-01'], work: ['2018-12-29'] },
      { name: '春节', off: ['2019-02-04', '2019-02-10'], work: ['2019-02-02', '2019-02-03'] },
      { name: '清明节', off: ['2019-04-05', '2019-04-05'], work: [] },
      { name: '劳动节', off: ['2019-05-01', '2019-05-04'], work: ['2019-04-28', '2019-05-05'] },
      { name: '端午节', off: ['2019-06-07', '2019-06-07'], work: [] },
      { name: '中秋节', off: ['2019-09-13', '2019-09-13'], work: [] },
      { name: '国庆节', off: ['2019-10-01', '2019-10-07'], work: ['2019-09-29', '2019-10-12'] },
    ],
  ),
  // Spring Festival follows the COVID-19 extension (国办发明电〔2020〕1号): off 1/24-2/2, normal work from Mon
  //   2/3. The original make-up Saturday 2/1 was thereby cancelled (2/1 is OFF).
  // holiday-cn additionally lists 2020-02-03 (a Monday) with isOffDay=false; it is omitted here because
  //   it is an ordinary weekday, not a weekend make-up day.
  y(
    2020,
    [
      {
        title: '国务院办公厅关于2020年部分节假日安排的通知',
        docNo: '国办发明电〔2019〕16号',
        dated: '2019-11-21',
        url: 'http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm',
      },
      {
        title: '国务院办公厅关于延长2020年春节假期的通知',
        docNo: '国办发明电〔2020〕1号',
        dated: '2020-01-26',
        url: 'http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm',
      },
    ],
    [
      { name: '元旦', off: ['2020-01-01', '2020-01-01'], work: [] },
      { name: '春节', off: ['2020-01-24', '2020-02-02'], work: ['2020-01-19'] },
      { name: '清明节', off: ['2020-04-04', '2020-04-06'], work: [] },
      { name: '劳动节', off: ['2020-05-01', '2020-05-05'], work: ['2020-04-26', '2020-05-09'] },
      { name: '端午节', off: ['2020-06-25', '2020-06-27'], work: ['2020-06-28'] },
      { name: '国庆节、中秋节', off: ['2020-10-01', '2020-10-08'], work: ['2020-09-27', '2020-10-10'] },
    ],
  ),
  y(
    2021,
    [
      {
        title: '国务院办公厅关于2021年部分节假日安排的通知',
        docNo: '国办发明电〔2020〕27号',
        dated: '2020-11-25',
        url: 'http://www.gov.cn/zhengce/zhengceku/2020-11/25/content_5564127.htm',
      },
    ],
    [
      { name: '元旦', off: ['2021-01-01', '2021-01-03'], work: [] },
      { name: '春节', off: ['2021-02-11', '2021-02-17'], work: ['2021-02-07', '2021-02-20'] },
      { name: '清明节', off: ['2021-04-03', '2021-04-05'], work: [] },
      { name: '劳动节', off: ['2021-05-01', '2021-05-05'], work: ['2021-04-25', '2021-05-08'] },
      { name: '端午节', off: ['2021-06-12', '2021-06-14'], work: [] },
      { name: '中秋节', off: ['2021-09-19', '2021-09-21'], work: ['2021-09-18'] },
      { name: '国庆节', off: ['2021-10-01', '2021-10-07'], work: ['2021-09-26', '2021-10-09'] },
    ],
  ),
  y(
    2022,
    [
      {
        title: '国务院办公厅关于2022年部分节假日安排的通知',
        docNo: null,
        dated: '2021-10-25',
        url: 'http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm',
      },
    ],
    [
      { name: '元旦', off: ['2022-01-01', '2022-01-03'], work: [] },
      { name: '春节', off: ['2022-01-31', '2022-02-06'], work: ['2022-01-29', '2022-01-30'] },
      { name: '清明节', off: ['2022-04-03', '2022-04-05'], work: ['2022-04-02'] },
      { name: '劳动节', off: ['2022-04-30', '2022-05-04'], work: ['2022-04-24', '2022-05-07'] },
      { name: '端午节', off: ['2022-06-03', '2022-06-05'], work: [] },
      { name: '中秋节', off: ['2022-09-10', '2022-09-12'], work: [] },
      { name: '国庆节', off: ['2022-10-01', '2022-10-07'], work: ['2022-10-08', '2022-10-09'] },
    ],
  ),
  // 2022-12-31 (Sat) is part of the 2023 New Year arrangement and is listed here.
  y(
    2023,
    [
      {
        title: '国务院办公厅关于2023年部分节假日安排的通知',
        docNo: '国办发明电〔2022〕16号',
        dated: '2022-12-08',
        url: 'http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm',
      },
    ],
    [
      { name: '元旦', off: ['2022-12-31', '2023-01-02'], work: [] },
      { name: '春节', off: ['2023-01-21', '2023-01-27'], work: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', off: ['2023-04-05', '2023-04-05'], work: [] },
      { name: '劳动节', off: ['2023-04-29', '2023-05-03'], work: ['2023-04-23', '2023-05-06'] },
      { name: '端午节', off: ['2023-06-22', '2023-06-24'], work: ['2023-06-25'] },
      { name: '中秋节、国庆节', off: ['2023-09-29', '2023-10-06'], work: ['2023-10-07', '2023-10-08'] },
    ],
  ),
  // 元旦 and 端午节 were '与周末连休' (joined to an ordinary weekend); only the statutory day itself is listed, as
  //   in the notice.
  // The notice only *encouraged* employers to give 除夕 (2024-02-09, Fri) off; it is an official working
  //   day.
  y(
    2024,
    [
      {
        title: '国务院办公厅关于2024年部分节假日安排的通知',
        docNo: null,
        dated: '2023-10-25',
        url: 'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm',
      },
    ],
    [
      { name: '元旦', off: ['2024-01-01', '2024-01-01'], work: [] },
      { name: '春节', off: ['2024-02-10', '2024-02-17'], work: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', off: ['2024-04-04', '2024-04-06'], work: ['2024-04-07'] },
      { name: '劳动节', off: ['2024-05-01', '2024-05-05'], work: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', off: ['2024-06-10', '2024-06-10'], work: [] },
      { name: '中秋节', off: ['2024-09-15', '2024-09-17'], work: ['2024-09-14'] },
      { name: '国庆节', off: ['2024-10-01', '2024-10-07'], work: ['2024-09-29', '2024-10-12'] },
    ],
  ),
  // RULE CHANGE: 《全国年节及纪念日放假办法》 was amended on 2024-11-10, effective 2025-01-01: statutory public
  //   holidays rise from 11 to 13 days; 春节 gains 除夕 (now 除夕 + 正月初一~初三, 4 days) and 劳动节 gains 5/2 (now
  //   5/1-5/2, 2 days).
  // New arrangement principles in the 2025 notice: 春节 8 days starting from 除夕, 国庆节 7 days from 10/1, 劳动节
  //   5 days, 元旦/清明/端午/中秋 3 days each (only the day itself if it falls on a Wednesday), 国庆+中秋 merged = 8
  //   days; the amended rules also say continuous working before/after a holiday should generally not
  //   exceed 6 days.
  // Hence 元旦 2025 (Wednesday) is 1 day with no make-up day, 春节 is 8 days (1/28 除夕 - 2/4), 劳动节 has only
  //   one make-up day (Sun 4/27).
  y(
    2025,
    [
      {
        title: '国务院办公厅关于2025年部分节假日安排的通知',
        docNo: '国办发明电〔2024〕12号',
        dated: '2024-11-12',
        url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
      },
    ],
    [
      { name: '元旦', off: ['2025-01-01', '2025-01-01'], work: [] },
      { name: '春节', off: ['2025-01-28', '2025-02-04'], work: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', off: ['2025-04-04', '2025-04-06'], work: [] },
      { name: '劳动节', off: ['2025-05-01', '2025-05-05'], work: ['2025-04-27'] },
      { name: '端午节', off: ['2025-05-31', '2025-06-02'], work: [] },
      { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], work: ['2025-09-28', '2025-10-11'] },
    ],
  ),
  // 元旦: 1/1-1/3 off, Sunday 1/4 is a make-up working day (a case that crosses the 2025/2026 year
  //   boundary).
  // 春节 is 9 days (2/15 腊月二十八 - 2/23 正月初七) with two make-up Saturdays (2/14, 2/28).
  // 中秋节 (9/25-9/27) is separate from 国庆节 (10/1-10/7; make-up Sun 9/20 and Sat 10/10).
  y(
    2026,
    [
      {
        title: '国务院办公厅关于2026年部分节假日安排的通知',
        docNo: null,
        dated: '2025-11-04',
        url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
      },
    ],
    [
      { name: '元旦', off: ['2026-01-01', '2026-01-03'], work: ['2026-01-04'] },
      { name: '春节', off: ['2026-02-15', '2026-02-23'], work: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', off: ['2026-04-04', '2026-04-06'], work: [] },
      { name: '劳动节', off: ['2026-05-01', '2026-05-05'], work: ['2026-05-09'] },
      { name: '端午节', off: ['2026-06-19', '2026-06-21'], work: [] },
      { name: '国庆节', off: ['2026-10-01', '2026-10-07'], work: ['2026-09-20', '2026-10-10'] },
      { name: '中秋节', off: ['2026-09-25', '2026-09-27'], work: [] },
    ],
  ),
];
