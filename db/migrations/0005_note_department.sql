ALTER TABLE `note` ADD `department_id` text REFERENCES department(id) ON DELETE set null;
