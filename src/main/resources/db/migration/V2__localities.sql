-- Vietnam's provincial-level units (reference/localities.md).
--
-- Resolution 202/2025/QH15 reorganised the 63 units into 34 from 2025-07-01. Campaigns use the
-- set valid on their nomination start date, so both sets live here with validity dates:
--   * the 11 unchanged units: one row each, old GSO code kept, always valid;
--   * the 23 units created by the merger: code 'N' + official 2025 code (Decision
--     19/2025/QD-TTg), so no code ever changes meaning between the two lists;
--   * the 52 units that joined a merged unit: GSO code, valid to 2025-06-30, successor = the N-code.
-- Codes are fixed: other code and the demo Keycloak realm's `province` attribute rely on them.
-- The 2025 units come first because old units reference them as successors.

-- Unchanged units (valid before and after 2025-07-01).
-- 46 Huế was Thừa Thiên Huế, a province, until 2025-01-01, when it became a centrally-run city;
-- campaigns never needed to tell the two apart, so it is one row under its current name.
insert into locality (code, official_code, name, name_en, kind, valid_from, valid_to, successor_code) values
  ('01', '01', 'Hà Nội',     'Ha Noi',     'CITY',     null, null, null),
  ('04', '04', 'Cao Bằng',   'Cao Bang',   'PROVINCE', null, null, null),
  ('11', '11', 'Điện Biên',  'Dien Bien',  'PROVINCE', null, null, null),
  ('12', '12', 'Lai Châu',   'Lai Chau',   'PROVINCE', null, null, null),
  ('14', '14', 'Sơn La',     'Son La',     'PROVINCE', null, null, null),
  ('20', '20', 'Lạng Sơn',   'Lang Son',   'PROVINCE', null, null, null),
  ('22', '22', 'Quảng Ninh', 'Quang Ninh', 'PROVINCE', null, null, null),
  ('38', '38', 'Thanh Hóa',  'Thanh Hoa',  'PROVINCE', null, null, null),
  ('40', '40', 'Nghệ An',    'Nghe An',    'PROVINCE', null, null, null),
  ('42', '42', 'Hà Tĩnh',    'Ha Tinh',    'PROVINCE', null, null, null),
  ('46', '46', 'Huế',        'Hue',        'CITY',     null, null, null);

-- Units created by the merger, valid from 2025-07-01.
insert into locality (code, official_code, name, name_en, kind, valid_from, valid_to, successor_code) values
  ('N08', '08', 'Tuyên Quang', 'Tuyen Quang', 'PROVINCE', date '2025-07-01', null, null),
  ('N15', '15', 'Lào Cai',     'Lao Cai',     'PROVINCE', date '2025-07-01', null, null),
  ('N19', '19', 'Thái Nguyên', 'Thai Nguyen', 'PROVINCE', date '2025-07-01', null, null),
  ('N25', '25', 'Phú Thọ',     'Phu Tho',     'PROVINCE', date '2025-07-01', null, null),
  ('N24', '24', 'Bắc Ninh',    'Bac Ninh',    'PROVINCE', date '2025-07-01', null, null),
  ('N33', '33', 'Hưng Yên',    'Hung Yen',    'PROVINCE', date '2025-07-01', null, null),
  ('N31', '31', 'Hải Phòng',   'Hai Phong',   'CITY',     date '2025-07-01', null, null),
  ('N37', '37', 'Ninh Bình',   'Ninh Binh',   'PROVINCE', date '2025-07-01', null, null),
  ('N44', '44', 'Quảng Trị',   'Quang Tri',   'PROVINCE', date '2025-07-01', null, null),
  ('N48', '48', 'Đà Nẵng',     'Da Nang',     'CITY',     date '2025-07-01', null, null),
  ('N51', '51', 'Quảng Ngãi',  'Quang Ngai',  'PROVINCE', date '2025-07-01', null, null),
  ('N52', '52', 'Gia Lai',     'Gia Lai',     'PROVINCE', date '2025-07-01', null, null),
  ('N56', '56', 'Khánh Hòa',   'Khanh Hoa',   'PROVINCE', date '2025-07-01', null, null),
  ('N68', '68', 'Lâm Đồng',    'Lam Dong',    'PROVINCE', date '2025-07-01', null, null),
  ('N66', '66', 'Đắk Lắk',     'Dak Lak',     'PROVINCE', date '2025-07-01', null, null),
  ('N79', '79', 'Hồ Chí Minh', 'Ho Chi Minh', 'CITY',     date '2025-07-01', null, null),
  ('N75', '75', 'Đồng Nai',    'Dong Nai',    'PROVINCE', date '2025-07-01', null, null),
  ('N80', '80', 'Tây Ninh',    'Tay Ninh',    'PROVINCE', date '2025-07-01', null, null),
  ('N92', '92', 'Cần Thơ',     'Can Tho',     'CITY',     date '2025-07-01', null, null),
  ('N86', '86', 'Vĩnh Long',   'Vinh Long',   'PROVINCE', date '2025-07-01', null, null),
  ('N82', '82', 'Đồng Tháp',   'Dong Thap',   'PROVINCE', date '2025-07-01', null, null),
  ('N96', '96', 'Cà Mau',      'Ca Mau',      'PROVINCE', date '2025-07-01', null, null),
  ('N91', '91', 'An Giang',    'An Giang',    'PROVINCE', date '2025-07-01', null, null);

-- Units that joined a merged unit, valid until 2025-06-30, grouped by the unit they became part of.
insert into locality (code, official_code, name, name_en, kind, valid_from, valid_to, successor_code) values
  ('08', '08', 'Tuyên Quang',        'Tuyen Quang',       'PROVINCE', null, date '2025-06-30', 'N08'),
  ('02', '02', 'Hà Giang',           'Ha Giang',          'PROVINCE', null, date '2025-06-30', 'N08'),
  ('10', '10', 'Lào Cai',            'Lao Cai',           'PROVINCE', null, date '2025-06-30', 'N15'),
  ('15', '15', 'Yên Bái',            'Yen Bai',           'PROVINCE', null, date '2025-06-30', 'N15'),
  ('19', '19', 'Thái Nguyên',        'Thai Nguyen',       'PROVINCE', null, date '2025-06-30', 'N19'),
  ('06', '06', 'Bắc Kạn',            'Bac Kan',           'PROVINCE', null, date '2025-06-30', 'N19'),
  ('25', '25', 'Phú Thọ',            'Phu Tho',           'PROVINCE', null, date '2025-06-30', 'N25'),
  ('26', '26', 'Vĩnh Phúc',          'Vinh Phuc',         'PROVINCE', null, date '2025-06-30', 'N25'),
  ('17', '17', 'Hòa Bình',           'Hoa Binh',          'PROVINCE', null, date '2025-06-30', 'N25'),
  ('27', '27', 'Bắc Ninh',           'Bac Ninh',          'PROVINCE', null, date '2025-06-30', 'N24'),
  ('24', '24', 'Bắc Giang',          'Bac Giang',         'PROVINCE', null, date '2025-06-30', 'N24'),
  ('33', '33', 'Hưng Yên',           'Hung Yen',          'PROVINCE', null, date '2025-06-30', 'N33'),
  ('34', '34', 'Thái Bình',          'Thai Binh',         'PROVINCE', null, date '2025-06-30', 'N33'),
  ('31', '31', 'Hải Phòng',          'Hai Phong',         'CITY',     null, date '2025-06-30', 'N31'),
  ('30', '30', 'Hải Dương',          'Hai Duong',         'PROVINCE', null, date '2025-06-30', 'N31'),
  ('37', '37', 'Ninh Bình',          'Ninh Binh',         'PROVINCE', null, date '2025-06-30', 'N37'),
  ('35', '35', 'Hà Nam',             'Ha Nam',            'PROVINCE', null, date '2025-06-30', 'N37'),
  ('36', '36', 'Nam Định',           'Nam Dinh',          'PROVINCE', null, date '2025-06-30', 'N37'),
  ('45', '45', 'Quảng Trị',          'Quang Tri',         'PROVINCE', null, date '2025-06-30', 'N44'),
  ('44', '44', 'Quảng Bình',         'Quang Binh',        'PROVINCE', null, date '2025-06-30', 'N44'),
  ('48', '48', 'Đà Nẵng',            'Da Nang',           'CITY',     null, date '2025-06-30', 'N48'),
  ('49', '49', 'Quảng Nam',          'Quang Nam',         'PROVINCE', null, date '2025-06-30', 'N48'),
  ('51', '51', 'Quảng Ngãi',         'Quang Ngai',        'PROVINCE', null, date '2025-06-30', 'N51'),
  ('62', '62', 'Kon Tum',            'Kon Tum',           'PROVINCE', null, date '2025-06-30', 'N51'),
  ('64', '64', 'Gia Lai',            'Gia Lai',           'PROVINCE', null, date '2025-06-30', 'N52'),
  ('52', '52', 'Bình Định',          'Binh Dinh',         'PROVINCE', null, date '2025-06-30', 'N52'),
  ('56', '56', 'Khánh Hòa',          'Khanh Hoa',         'PROVINCE', null, date '2025-06-30', 'N56'),
  ('58', '58', 'Ninh Thuận',         'Ninh Thuan',        'PROVINCE', null, date '2025-06-30', 'N56'),
  ('68', '68', 'Lâm Đồng',           'Lam Dong',          'PROVINCE', null, date '2025-06-30', 'N68'),
  ('67', '67', 'Đắk Nông',           'Dak Nong',          'PROVINCE', null, date '2025-06-30', 'N68'),
  ('60', '60', 'Bình Thuận',         'Binh Thuan',        'PROVINCE', null, date '2025-06-30', 'N68'),
  ('66', '66', 'Đắk Lắk',            'Dak Lak',           'PROVINCE', null, date '2025-06-30', 'N66'),
  ('54', '54', 'Phú Yên',            'Phu Yen',           'PROVINCE', null, date '2025-06-30', 'N66'),
  ('79', '79', 'Hồ Chí Minh',        'Ho Chi Minh',       'CITY',     null, date '2025-06-30', 'N79'),
  ('74', '74', 'Bình Dương',         'Binh Duong',        'PROVINCE', null, date '2025-06-30', 'N79'),
  ('77', '77', 'Bà Rịa – Vũng Tàu',  'Ba Ria - Vung Tau', 'PROVINCE', null, date '2025-06-30', 'N79'),
  ('75', '75', 'Đồng Nai',           'Dong Nai',          'PROVINCE', null, date '2025-06-30', 'N75'),
  ('70', '70', 'Bình Phước',         'Binh Phuoc',        'PROVINCE', null, date '2025-06-30', 'N75'),
  ('72', '72', 'Tây Ninh',           'Tay Ninh',          'PROVINCE', null, date '2025-06-30', 'N80'),
  ('80', '80', 'Long An',            'Long An',           'PROVINCE', null, date '2025-06-30', 'N80'),
  ('92', '92', 'Cần Thơ',            'Can Tho',           'CITY',     null, date '2025-06-30', 'N92'),
  ('94', '94', 'Sóc Trăng',          'Soc Trang',         'PROVINCE', null, date '2025-06-30', 'N92'),
  ('93', '93', 'Hậu Giang',          'Hau Giang',         'PROVINCE', null, date '2025-06-30', 'N92'),
  ('86', '86', 'Vĩnh Long',          'Vinh Long',         'PROVINCE', null, date '2025-06-30', 'N86'),
  ('83', '83', 'Bến Tre',            'Ben Tre',           'PROVINCE', null, date '2025-06-30', 'N86'),
  ('84', '84', 'Trà Vinh',           'Tra Vinh',          'PROVINCE', null, date '2025-06-30', 'N86'),
  ('87', '87', 'Đồng Tháp',          'Dong Thap',         'PROVINCE', null, date '2025-06-30', 'N82'),
  ('82', '82', 'Tiền Giang',         'Tien Giang',        'PROVINCE', null, date '2025-06-30', 'N82'),
  ('96', '96', 'Cà Mau',             'Ca Mau',            'PROVINCE', null, date '2025-06-30', 'N96'),
  ('95', '95', 'Bạc Liêu',           'Bac Lieu',          'PROVINCE', null, date '2025-06-30', 'N96'),
  ('89', '89', 'An Giang',           'An Giang',          'PROVINCE', null, date '2025-06-30', 'N91'),
  ('91', '91', 'Kiên Giang',         'Kien Giang',        'PROVINCE', null, date '2025-06-30', 'N91');
