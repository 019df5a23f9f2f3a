import { useResource } from '@city-app/web';
import type { StaffColleague, StaffColleagueList } from '../../../api/staff-colleagues.js';
import type { StaffDepartment, StaffDepartmentList } from '../../../api/staff-departments.js';
import type { ReportIcon } from '../../../categories/category.js';
import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';

/** A category as residents pick it: its words in both languages and its icon. */
export interface CategoryChoice {
  id: string;
  title: { de: string; en: string };
  icon: ReportIcon;
}

/** What the town has to choose from: its categories, its departments and who takes reports. */
export interface Choices {
  categories: CategoryChoice[];
  departments: StaffDepartment[];
  colleagues: StaffColleague[];
}

/** Loads the town's categories, departments and colleagues once for a screen. */
export function useChoices({ api }: Pick<Staff, 'api'>) {
  return useResource<Choices>(async () => {
    const [categories, departments, colleagues] = await Promise.all([
      api.get<{ items: CategoryChoice[] }>(adminApi.categories),
      api.get<StaffDepartmentList>(adminApi.departments),
      api.get<StaffColleagueList>(adminApi.colleagues),
    ]);
    return {
      categories: categories.items,
      departments: departments.items,
      colleagues: colleagues.items,
    };
  }, []);
}

/** A department's name, or its id when the town no longer has it. */
export const departmentName = (choices: Choices, id: string) =>
  choices.departments.find((d) => d.id === id)?.name ?? id;
